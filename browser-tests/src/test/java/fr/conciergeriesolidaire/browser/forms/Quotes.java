package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.browser.Spaces;
import fr.conciergeriesolidaire.catalog.CompanyQuote;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;

/** The server's quote for a headcount (offer.yaml through the catalog module), in the words the pages use. */
public final class Quotes {
    private Quotes() {}

    public static CompanyQuote of(int employees) {
        return Catalogue.DATA.offer().company().quote(employees);
    }

    /** "1 498,00 € HT par mois pour 300 salariés", spaces made plain. */
    public static String monthly(int employees) {
        CompanyQuote quote = of(employees);
        return Spaces.plain(FrenchFormat.price(quote.monthlyCents()) + " HT par mois pour "
                + FrenchFormat.count(quote.employees()) + " salariés");
    }

    /** The live estimate of the sign-up page for that headcount, spaces made plain. */
    public static String estimate(int employees) {
        return "Estimation : " + monthly(employees)
                + (of(employees).minimumApplied() ? " (minimum mensuel appliqué)" : "");
    }
}
