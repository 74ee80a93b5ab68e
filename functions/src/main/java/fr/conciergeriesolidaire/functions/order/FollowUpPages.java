package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.access.SecretLinkPages;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The customer's follow-up pages (templates {@code pages/order-follow-up*.ftlh}): the order (its lines, slot, counter,
 * total and story) and, while they may, the way to cancel it, then the confirm step. Only what the order is, never
 * the customer's contact details: a link can be forwarded.
 */
final class FollowUpPages {
    private final SecretLinkPages pages;
    private final OrderTimeline timeline;

    FollowUpPages(SecretLinkPages pages, ZoneId zone) {
        this.pages = pages;
        this.timeline = new OrderTimeline(pages.wording(), zone);
    }

    /**
     * @param notice what to say above the order, in the wording's keys ({@code followUp.notice.*} or a refusal's)
     */
    HttpResponse followUp(int status, StoredOrder order, String key, Optional<String> notice) {
        Map<String, Object> model = model(order, key);
        model.put(
                "steps",
                timeline.of(order).stream()
                        .map(step -> Map.of(
                                "datetime",
                                        step.at()
                                                .truncatedTo(ChronoUnit.SECONDS)
                                                .toString(),
                                "when", step.when(),
                                "what", step.what()))
                        .toList());
        model.put("notice", notice.map(wording()::get).orElse(""));
        model.put("noticeIsError", status >= 400);
        model.put("cancelPath", FollowUpLinks.query(FollowUpLinks.CANCEL_PATH, order.reference(), key));
        return pages.page(status, wording().format("followUp.title", order.reference()), "order-follow-up.ftlh", model);
    }

    /** "Do you really want to cancel it?", with the form that does. */
    HttpResponse confirmCancel(StoredOrder order, String key) {
        Map<String, Object> model = model(order, key);
        model.put("action", FollowUpLinks.CANCEL_PATH);
        model.put("referenceField", FollowUpLinks.REFERENCE);
        model.put("keyField", FollowUpLinks.KEY);
        model.put("key", key);
        model.put("versionField", OrderFollowUpHandler.VERSION);
        model.put("version", Long.toString(order.version()));
        return pages.page(
                200,
                wording().format("followUp.cancel.title", order.reference()),
                "order-follow-up-cancel.ftlh",
                model);
    }

    HttpResponse refused(RuntimeException failure, Optional<String> followUpPath) {
        return pages.refused(
                failure,
                "followUp.invalid",
                followUpPath.orElse("/"),
                followUpPath.isPresent() ? "followUp.back" : "followUp.home");
    }

    private Map<String, Object> model(StoredOrder order, String key) {
        OrderRequest request = order.request();
        Slot slot = request.slot();
        Map<String, Object> model = new HashMap<>();
        model.put("reference", order.reference());
        model.put("status", timeline.status(order));
        model.put("statusNote", wording().get("followUp.next." + order.status().name()));
        model.put("counterName", request.counterName());
        model.put("counterAddress", request.counterAddress());
        model.put("slot", FrenchFormat.date(slot.date()) + ", " + FrenchFormat.window(slot.from(), slot.to()));
        model.put(
                "lines",
                IntStream.range(0, request.lines().size())
                        .mapToObj(index ->
                                line(request.lines().get(index), order.lines().get(index)))
                        .toList());
        model.put("total", FrenchFormat.price(request.totalCents()));
        model.put("cancellable", order.isCancellableByCustomer());
        model.put("followUpPath", FollowUpLinks.query(FollowUpLinks.PATH, order.reference(), key));
        return model;
    }

    private Map<String, String> line(OrderLine line, LineState state) {
        return Map.of(
                "service", line.serviceName(),
                "partner", line.partnerName(),
                "quantity",
                        line.quantity() + " × " + FrenchFormat.price(line.unitPriceCents()) + " (" + line.unit() + ")",
                "total", FrenchFormat.price(line.totalCents()),
                "answer", timeline.answer(state));
    }

    private Wording wording() {
        return pages.wording();
    }
}
