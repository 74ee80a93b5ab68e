package fr.conciergeriesolidaire.catalog;

import java.util.List;

/** The company subscription: a graduated monthly fee per employee, with a monthly minimum. */
public record CompanyOffer(
        List<PriceTier> tiers,
        long minimumMonthlyCents,
        int minEmployees,
        int maxEmployees,
        int commitmentMonths,
        List<String> includes) {

    public CompanyOffer {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        includes = includes == null ? List.of() : List.copyOf(includes);
    }

    public boolean accepts(int employees) {
        return employees >= minEmployees && employees <= maxEmployees;
    }

    /**
     * Each band of the headcount is priced at its own rate, so adding an employee never lowers the price.
     *
     * @throws IllegalArgumentException when the headcount is outside the offer's bounds
     */
    public CompanyQuote quote(int employees) {
        if (!accepts(employees)) {
            throw new IllegalArgumentException("headcount outside [" + minEmployees + ", " + maxEmployees + "]");
        }
        long total = 0;
        int pricedSoFar = 0;
        for (PriceTier tier : tiers) {
            int bandEnd = tier.upToEmployees() == null ? employees : Math.min(employees, tier.upToEmployees());
            if (bandEnd > pricedSoFar) {
                total += (long) (bandEnd - pricedSoFar) * tier.monthlyCentsPerEmployee();
                pricedSoFar = bandEnd;
            }
        }
        boolean minimumApplied = total < minimumMonthlyCents;
        return new CompanyQuote(employees, Math.max(total, minimumMonthlyCents), minimumApplied, commitmentMonths);
    }
}
