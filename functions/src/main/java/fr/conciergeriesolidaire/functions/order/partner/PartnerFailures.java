package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.access.ForgedRequestException;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.Refusal;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.screens.ScreenFailures;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.util.Map;

/**
 * A partner's request refused, as a page (template {@code pages/partner-refused.ftlh}): a link that opens nothing (not
 * found, whether it never existed, expired or is someone else's: 404), a form not sent by its page (403), the
 * failures every request may meet ({@link Refusal}); and the conciergerie's contact, since there is no account to
 * fall back on. Never an internal detail.
 */
final class PartnerFailures {
    private final ScreenFailures failures;
    private final Organisation organisation;

    PartnerFailures(Screens screens, Organisation organisation) {
        this.failures = new ScreenFailures(screens);
        this.organisation = organisation;
    }

    HttpResponse of(RuntimeException failure, ScreenFrame frame) {
        return PartnerPages.noReferrer(failures.page(
                refusal(failure),
                frame,
                "partner-refused.ftlh",
                Map.of(
                        "organisationEmail", organisation.contact().email(),
                        "organisationPhone", organisation.contact().phone())));
    }

    private static Refusal refusal(RuntimeException failure) {
        if (failure instanceof NoSuchRecordException) {
            return new Refusal(404, Message.of("partner.refused.notFound"), Map.of());
        }
        if (failure instanceof ForgedRequestException) {
            return new Refusal(403, Message.of("partner.refused.forged"), Map.of());
        }
        return Refusal.of(failure);
    }
}
