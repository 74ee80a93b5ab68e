package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.access.ForgedRequestException;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.Refusal;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partner's request refused, as a page (template {@code pages/partner-refused.ftlh}): a link that opens nothing (not
 * found, whether it never existed, expired or is someone else's: 404), a form not sent by its page (403), the
 * failures every request may meet ({@link Refusal}); and the conciergerie's contact, since there is no account to
 * fall back on. Never an internal detail.
 */
final class PartnerFailures {
    private final Screens screens;
    private final Organisation organisation;

    PartnerFailures(Screens screens, Organisation organisation) {
        this.screens = screens;
        this.organisation = organisation;
    }

    HttpResponse of(RuntimeException failure, ScreenFrame frame) {
        Refusal refusal = refusal(failure);
        String titleKey = "backoffice.refused.title." + refusal.status();
        String title =
                screens.wording().get(screens.wording().containsKey(titleKey) ? titleKey : "backoffice.refused.title");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("heading", title);
        model.put(
                "message",
                screens.wording()
                        .format(
                                refusal.message().key(),
                                refusal.message().arguments().toArray()));
        model.put("organisationEmail", organisation.contact().email());
        model.put("organisationPhone", organisation.contact().phone());
        HttpResponse page = screens.page(refusal.status(), frame.withoutFlash(), title, "partner-refused.ftlh", model);
        for (Map.Entry<String, String> header : refusal.headers().entrySet()) {
            page = page.withHeader(header.getKey(), header.getValue());
        }
        return PartnerPages.noReferrer(page);
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
