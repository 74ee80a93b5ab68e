package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.order.ChangeForms;
import fr.conciergeriesolidaire.functions.order.OrderStatus;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An order's page for the team (template {@code pages/order-page.ftlh}): all it holds, its audit trail, and the forms
 * of the changes its state allows, each on the version shown. Shown again with the cancellation's errors (400), or,
 * when a change was refused because the order moved meanwhile (409), as it is now with what happened.
 */
final class OrderPagePages {
    static final String CANCEL_LABELS = "order.cancel";

    private final Screens screens;
    private final OrderViews views;

    OrderPagePages(Screens screens, OrderViews views) {
        this.screens = screens;
        this.views = views;
    }

    /**
     * @param refusal the wording key of why the member's change was refused (the order moved meanwhile), if it was
     */
    HttpResponse order(ScreenFrame frame, StoredOrder order, ScreenForm cancel, int status, Optional<String> refusal) {
        String path = OrderViews.path(order.reference());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("order", views.details(order));
        model.put("version", order.version());
        model.put("versionField", ChangeForms.VERSION);
        model.put("reasonField", ChangeForms.REASON);
        model.put("reasonMaxLength", ChangeForms.REASON_MAX_LENGTH);
        model.put("form", screens.form(cancel, CANCEL_LABELS));
        model.put("refusal", refusal.map(key -> screens.wording().get(key)).orElse(""));
        model.put("canMarkReady", order.status() == OrderStatus.RECEIVED);
        model.put("canGiveBack", order.status() == OrderStatus.READY);
        model.put("canCancel", order.status().isOpen());
        model.put("readyAction", path + BoardPaths.READY);
        model.put("givenBackAction", path + BoardPaths.GIVEN_BACK);
        model.put("cancelAction", path + BoardPaths.CANCELLED);
        model.put("boardPath", BoardPaths.ORDERS);
        return screens.page(
                status,
                frame,
                screens.wording().format("order.page.title", order.reference()),
                "order-page.ftlh",
                model);
    }

    /** The cancellation's form as it was sent, to show it again with its errors: what was typed stays. */
    static ScreenForm cancelAsSent(SubmittedFields fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.text(ChangeForms.REASON, new FieldErrors()).ifPresent(reason -> values.put(ChangeForms.REASON, reason));
        return ScreenForm.of(values);
    }
}
