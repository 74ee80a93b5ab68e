package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.CompanyQuote;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;

/** The quote in words, the same in the e-mails and on the confirmation page (wording: {@code signup.quote}). */
public final class QuoteSentence {
    private QuoteSentence() {}

    /** "1 498,00 € HT par mois pour 300 salariés, engagement de 12 mois (17 976,00 € HT en tout)." */
    public static String of(CompanyQuote quote, Wording wording) {
        return wording.format(
                "signup.quote",
                FrenchFormat.price(quote.monthlyCents()),
                FrenchFormat.count(quote.employees()),
                quote.minimumApplied() ? " " + wording.get("signup.estimate.minimum") : "",
                quote.commitmentMonths(),
                FrenchFormat.price(quote.commitmentTotalCents()));
    }
}
