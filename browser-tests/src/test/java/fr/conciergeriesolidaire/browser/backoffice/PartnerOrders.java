package fr.conciergeriesolidaire.browser.backoffice;

import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.Submissions;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.util.List;
import java.util.Map;

/**
 * Orders of three shirts at the Tilleuls, as a resident sends them, and what the ironing partner gets: its e-mail and
 * the private link in it.
 */
final class PartnerOrders {
    static final String IRONING_PARTNER = "commandes@atelier-repassage.example";

    private PartnerOrders() {}

    /** A new order of that visitor: its reference, once its e-mails (customer, team, partner) are sent. */
    static String shirts(RunningSite site, Visitor visitor) {
        String reference =
                Submissions.order(site, OrderChoice.at("comptoir-tilleuls", Map.of("repassage-chemise", 3)), visitor);
        List<SentMail> mails = site.mailsAbout(reference, 3);
        if (mails.size() < 3) {
            throw new AssertionError("The e-mails of " + reference + " were not all sent: " + mails);
        }
        return reference;
    }

    /** The path of the ironing partner's link to that order, from its e-mail in the mail store. */
    static String linkTo(RunningSite site, String reference) {
        return site.mailsAbout(reference, 3).stream()
                .filter(mail -> mail.to().contains(IRONING_PARTNER))
                .map(PartnerLink::in)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No e-mail to the partner about " + reference));
    }
}
