package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.order.ChangeForms;
import fr.conciergeriesolidaire.functions.order.LineState;
import fr.conciergeriesolidaire.functions.order.LineStatus;
import fr.conciergeriesolidaire.functions.order.OrderLine;
import fr.conciergeriesolidaire.functions.order.OrderStatus;
import fr.conciergeriesolidaire.functions.order.OrderTexts;
import fr.conciergeriesolidaire.functions.order.PartnerLinks;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A partner's page (template {@code pages/partner-page.ftlh}): the link's order and its other coming orders, each with
 * only the partner's own lines and what the partner needs to do them (the customer's first name, the slot, the
 * counter), and the answers each line still allows. Shown again with a refusal's missing reason beside that line's
 * form (400), or as the orders are now when one moved meanwhile (409).
 */
final class PartnerPages {
    private final Screens screens;
    private final Organisation organisation;

    PartnerPages(Screens screens, Organisation organisation) {
        this.screens = screens;
        this.organisation = organisation;
    }

    /** Which line's form a refused answer came from, so its errors show there and nowhere else. */
    record Answered(String reference, String line) {
        static Answered none() {
            return new Answered("", "");
        }

        static Answered of(SubmittedFields fields) {
            FieldErrors ignored = new FieldErrors();
            return new Answered(
                    fields.text(PartnerFields.REFERENCE, ignored).orElse(""),
                    fields.text(PartnerFields.LINE, ignored).orElse(""));
        }

        String key() {
            return reference + "-" + line;
        }
    }

    /**
     * @param link the link's value, which the page's forms post to
     * @param formToken the token of the page's forms ({@link PartnerFormGuard})
     * @param refusal the wording key of why an answer was refused, if one was
     */
    HttpResponse page(
            ScreenFrame frame,
            PartnerView view,
            String link,
            String formToken,
            ScreenForm form,
            Answered answered,
            int status,
            Optional<String> refusal) {
        Wording wording = screens.wording();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("partnerName", partnerName(view.order(), view.partnerId()));
        model.put("order", order(view.order(), view.partnerId()));
        model.put(
                "others",
                view.others().stream()
                        .map(other -> order(other, view.partnerId()))
                        .toList());
        model.put("action", PartnerLinks.PATH + link);
        model.put("csrfField", PartnerFields.CSRF);
        model.put("csrf", formToken);
        model.put("versionField", ChangeForms.VERSION);
        model.put("reasonField", ChangeForms.REASON);
        model.put("reasonMaxLength", ChangeForms.REASON_MAX_LENGTH);
        model.put("form", screens.form(form, PartnerFields.LABELS));
        model.put("blank", screens.form(ScreenForm.blank(), PartnerFields.LABELS));
        model.put("answeredKey", answered.key());
        model.put("refusal", refusal.map(wording::get).orElse(""));
        model.put("days", PartnerDesk.COMING.toDays());
        model.put("organisationEmail", organisation.contact().email());
        model.put("organisationPhone", organisation.contact().phone());
        return noReferrer(screens.page(
                status, frame, wording.format("partner.title", view.order().reference()), "partner-page.ftlh", model));
    }

    /** The form of the answer as it was sent, to show it again with its errors: what was typed stays. */
    static ScreenForm asSent(SubmittedFields fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.text(ChangeForms.REASON, new FieldErrors()).ifPresent(reason -> values.put(ChangeForms.REASON, reason));
        return ScreenForm.of(values);
    }

    /**
     * Every answer of a partner's page: its address is its key, so no request it leads to (its stylesheet, a link
     * followed) may carry the address away in a {@code Referer}.
     */
    static HttpResponse noReferrer(HttpResponse response) {
        return response.withHeader("Referrer-Policy", "no-referrer");
    }

    private Map<String, Object> order(StoredOrder order, String partnerId) {
        boolean open = order.status() == OrderStatus.RECEIVED;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reference", order.reference());
        model.put(
                "counter",
                order.request().counterName() + ", " + order.request().counterAddress());
        model.put("slot", OrderTexts.slot(order.request().slot()));
        model.put("firstName", order.request().customer().contact().firstName());
        model.put("version", order.version());
        model.put("open", open);
        model.put(
                "closed",
                open
                        ? ""
                        : screens.wording()
                                .get("partner.closed." + order.status().name().toLowerCase(Locale.ROOT)));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int index = 0; index < order.request().lines().size(); index++) {
            OrderLine line = order.request().lines().get(index);
            if (line.partnerId().equals(partnerId)) {
                lines.add(line(order, index, open));
            }
        }
        model.put("lines", lines);
        return model;
    }

    private Map<String, Object> line(StoredOrder order, int index, boolean open) {
        OrderLine line = order.request().lines().get(index);
        LineState state = order.lines().get(index);
        LineStatus status = state.status();
        boolean answerable = open && (status == LineStatus.PENDING || status == LineStatus.ACCEPTED);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("index", index);
        model.put("key", order.reference() + "-" + index);
        model.put("text", OrderTexts.quantityAndService(line) + " (" + line.unit() + ")");
        model.put("status", screens.wording().get("order.line." + status.name().toLowerCase(Locale.ROOT)));
        model.put("statusClass", status.name().toLowerCase(Locale.ROOT));
        model.put("reason", state.reason().orElse(""));
        model.put("canAccept", open && status == LineStatus.PENDING);
        model.put("canReady", answerable);
        model.put("canRefuse", answerable);
        return model;
    }

    private static String partnerName(StoredOrder order, String partnerId) {
        return order.request().lines().stream()
                .filter(line -> line.partnerId().equals(partnerId))
                .map(OrderLine::partnerName)
                .findFirst()
                .orElse("");
    }
}
