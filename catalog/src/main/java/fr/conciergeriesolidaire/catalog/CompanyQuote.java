package fr.conciergeriesolidaire.catalog;

/** The monthly price quoted to a company for a given headcount, excluding tax, in euro cents. */
public record CompanyQuote(int employees, long monthlyCents, boolean minimumApplied, int commitmentMonths) {
    public long commitmentTotalCents() {
        return monthlyCents * commitmentMonths;
    }
}
