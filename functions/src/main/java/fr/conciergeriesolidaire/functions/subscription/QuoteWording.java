package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.CompanyQuote;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;

/** The quote in words, the same in the e-mails and on the confirmation page. */
final class QuoteWording {
    private QuoteWording() {}

    /** "1 498,00 € HT par mois pour 300 salariés, engagement de 12 mois (17 976,00 € HT en tout)." */
    static String sentence(CompanyQuote quote) {
        return FrenchFormat.price(quote.monthlyCents()) + " HT par mois pour " + FrenchFormat.count(quote.employees())
                + " salariés" + (quote.minimumApplied() ? " (minimum mensuel appliqué)" : "") + ", engagement de "
                + quote.commitmentMonths() + " mois (" + FrenchFormat.price(quote.commitmentTotalCents())
                + " HT en tout).";
    }
}
