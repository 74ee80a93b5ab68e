package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import fr.conciergeriesolidaire.functions.forms.FrenchPhoneNumbers;
import fr.conciergeriesolidaire.functions.order.HistoryEntry;
import fr.conciergeriesolidaire.functions.order.LineState;
import fr.conciergeriesolidaire.functions.order.LineStatus;
import fr.conciergeriesolidaire.functions.order.OrderLine;
import fr.conciergeriesolidaire.functions.order.OrderStage;
import fr.conciergeriesolidaire.functions.order.OrderStatus;
import fr.conciergeriesolidaire.functions.order.OrderTexts;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An order as the team's pages show it (the templates' model): the board's card, and the order page's details and
 * audit trail, in French, in the organisation's time zone. Only the team sees the customer's contact details.
 */
final class OrderViews {
    private final Wording wording;
    private final ZoneId zone;

    OrderViews(Wording wording, ZoneId zone) {
        this.wording = wording;
        this.zone = zone;
    }

    static String path(String reference) {
        return BoardPaths.ORDERS + "/" + reference;
    }

    /** The board's and the round sheet's card: reference, stage, slot, customer, lines. */
    Map<String, Object> card(StoredOrder order) {
        ContactDetails contact = order.request().customer().contact();
        OrderStage stage = OrderStage.of(order);
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("reference", order.reference());
        card.put("path", path(order.reference()));
        card.put("stage", wording.get(stage.wordingKey()));
        card.put("stageClass", stage.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        card.put(
                "window",
                FrenchFormat.timeRange(
                        order.request().slot().from(), order.request().slot().to()));
        card.put("customer", contact.firstName() + " " + contact.lastName());
        card.put("phone", FrenchPhoneNumbers.toNational(contact.phone()));
        card.put("phoneHref", "tel:" + contact.phone().replaceAll("[^0-9+]", ""));
        card.put("lines", lines(order));
        card.put("total", FrenchFormat.price(order.request().totalCents()));
        return card;
    }

    /** The order page's: the card, and all the order holds. */
    Map<String, Object> details(StoredOrder order) {
        Map<String, Object> details = new LinkedHashMap<>(card(order));
        details.put(
                "counter",
                order.request().counterName() + ", " + order.request().counterAddress());
        details.put("slot", OrderTexts.slot(order.request().slot()));
        details.put("email", order.request().customer().contact().email());
        details.put("building", order.request().customer().building().orElse(""));
        details.put("comment", order.request().comment().orElse(""));
        details.put("receivedAt", when(order.createdAt()));
        details.put("needsAttention", order.needsAttention());
        details.put("history", history(order));
        return details;
    }

    private List<Map<String, String>> lines(StoredOrder order) {
        List<Map<String, String>> lines = new ArrayList<>();
        for (int index = 0; index < order.request().lines().size(); index++) {
            OrderLine line = order.request().lines().get(index);
            LineState state = order.lines().get(index);
            lines.add(Map.of(
                    "text", OrderTexts.quantityAndService(line),
                    "partner", line.partnerName(),
                    "status", lineStatus(state.status()),
                    "statusClass", state.status().name().toLowerCase(Locale.ROOT),
                    "reason", state.reason().orElse("")));
        }
        return lines;
    }

    /** The trail, oldest first, from the order's arrival: when, who, what moved from what to what, and why. */
    private List<Map<String, String>> history(StoredOrder order) {
        List<Map<String, String>> entries = new ArrayList<>();
        entries.add(Map.of(
                "at", when(order.createdAt()),
                "datetime", order.createdAt().toString(),
                "who", wording.get("order.history.customer"),
                "what", wording.get("order.history.received"),
                "reason", ""));
        for (HistoryEntry entry : order.history()) {
            entries.add(Map.of(
                    "at", when(entry.at()),
                    "datetime", entry.at().toString(),
                    "who", who(order, entry),
                    "what", what(order, entry),
                    "reason", entry.reason().orElse("")));
        }
        return entries;
    }

    private String who(StoredOrder order, HistoryEntry entry) {
        if (entry.by().equals(HistoryEntry.CUSTOMER)) {
            return wording.get("order.history.customer");
        }
        Optional<String> partner = entry.partnerId()
                .flatMap(id -> order.request().lines().stream()
                        .filter(line -> line.partnerId().equals(id))
                        .map(OrderLine::partnerName)
                        .findFirst());
        if (partner.isPresent()) {
            return wording.format("order.history.partner", partner.get());
        }
        return entry.byName().orElseGet(() -> wording.get("order.history.member"));
    }

    private String what(StoredOrder order, HistoryEntry entry) {
        if (entry.line().isPresent()) {
            int index = entry.line().get();
            String line = index < order.request().lines().size()
                    ? OrderTexts.quantityAndService(order.request().lines().get(index))
                    : "";
            return wording.format(
                    "order.history.line",
                    line,
                    lineStatus(LineStatus.valueOf(entry.from())),
                    lineStatus(LineStatus.valueOf(entry.to())));
        }
        return wording.format("order.history.status", status(entry.from()), status(entry.to()));
    }

    private String status(String name) {
        return wording.get(OrderStage.valueOf(OrderStatus.valueOf(name).name()).wordingKey());
    }

    private String lineStatus(LineStatus status) {
        return wording.get("order.line." + status.name().toLowerCase(Locale.ROOT));
    }

    /** "mardi 10 mars 2026 à 16 h 05". */
    String when(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return FrenchFormat.date(local.toLocalDate()) + " à " + FrenchFormat.time(local.toLocalTime());
    }
}
