package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.CompanyQuote;
import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;

/** Sentences of the sign-up that several answers share: the quote (e-mails, confirmation page), the 409. */
final class SubscriptionWording {
    private SubscriptionWording() {}

    /** "1 498,00 € HT par mois pour 300 salariés, engagement de 12 mois (17 976,00 € HT en tout)." */
    static String quote(CompanyQuote quote) {
        return FrenchFormat.price(quote.monthlyCents()) + " HT par mois pour " + FrenchFormat.count(quote.employees())
                + " salariés" + (quote.minimumApplied() ? " (minimum mensuel appliqué)" : "") + ", engagement de "
                + quote.commitmentMonths() + " mois (" + FrenchFormat.price(quote.commitmentTotalCents())
                + " HT en tout).";
    }

    /** What a person reads when the site already has a sign-up awaiting review under that reference. */
    static String alreadyPending(String reference, Organisation organisation) {
        return "Une demande d'adhésion pour cet établissement (même SIRET) et ce site est déjà en cours"
                + " d'examen, sous la référence " + reference + ". Notre équipe va vous appeler\u00a0; pour la"
                + " compléter ou la corriger, écrivez à "
                + organisation.contact().email() + " en rappelant cette référence.";
    }
}
