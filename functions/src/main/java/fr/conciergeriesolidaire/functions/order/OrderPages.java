package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.access.SecretLinkPages;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.Map;

/**
 * The order's pages (templates {@code pages/order-*.ftlh}) in the site's layout: the confirmation (reference and what
 * happens next; no personal data, since anyone holding the link can see it) and "not found"; and its form's
 * refusals.
 */
final class OrderPages {
    static final String FORM_PATH = "/commander/";
    static final String CONFIRMATION_PATH = "/api/orders/confirmation";

    private final Templates templates;

    OrderPages(Templates templates) {
        this.templates = templates;
    }

    /** With the templates and wording packaged at build time. */
    static OrderPages packaged() {
        return new OrderPages(Templates.packaged());
    }

    /** The order form's failures as answers: JSON for its script, pages pointing back at its fields. */
    static ErrorAnswers errorAnswers() {
        Templates templates = Templates.packaged();
        return new ErrorAnswers(
                templates, new FormPage(FORM_PATH, new OrderFields(PackagedSiteData.data(), templates.wording())));
    }

    /** The confirmation as anyone holding the reference sees it. */
    HttpResponse confirmation(StoredOrder order) {
        return HttpResponse.html(200, page(order, ""));
    }

    /** The confirmation for the person who ordered, with their private follow-up link: never indexed nor referred. */
    HttpResponse confirmation(StoredOrder order, String followUpPath) {
        return SecretLinkPages.secured(HttpResponse.html(200, page(order, followUpPath)));
    }

    private String page(StoredOrder order, String followUpPath) {
        Slot slot = order.request().slot();
        Map<String, Object> model = Map.of(
                "reference",
                order.reference(),
                "counterName",
                order.request().counterName(),
                "slot",
                OrderTexts.slot(slot),
                "followUpPath",
                followUpPath);
        return templates.page(
                templates.wording().format("order.confirmation.title", order.reference()),
                "order-confirmation.ftlh",
                model);
    }

    HttpResponse notFound() {
        return HttpResponse.html(
                404,
                templates.page(
                        templates.wording().get("order.notFound.title"),
                        "order-not-found.ftlh",
                        Map.of("formPath", FORM_PATH)));
    }
}
