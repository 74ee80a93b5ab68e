package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryState;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An order's story in plain French, oldest first, for its customer: received, sent to each partner (when its e-mail
 * left), each partner's answer per line, ready, given back, cancelled; from what the order keeps (its history and its
 * e-mails' states). It names partners and services, never who in the team did what.
 */
final class OrderTimeline {
    /** One step: when, and what happened. */
    record Step(Instant at, String when, String what) {}

    private final Wording wording;
    private final ZoneId zone;

    OrderTimeline(Wording wording, ZoneId zone) {
        this.wording = wording;
        this.zone = zone;
    }

    List<Step> of(StoredOrder order) {
        List<Step> steps = new ArrayList<>();
        steps.add(step(order.createdAt(), wording.get("followUp.timeline.received")));
        sentToPartners(order)
                .forEach((partnerName, at) ->
                        steps.add(step(at, wording.format("followUp.timeline.sent", partnerName))));
        for (HistoryEntry entry : order.history()) {
            steps.add(step(entry.at(), describe(order, entry)));
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    /** The status in a word, for the page's summary and the download. */
    String status(StoredOrder order) {
        return wording.get("followUp.status." + order.status().name());
    }

    /** A line's answer in a word. */
    String answer(LineState state) {
        return wording.get("followUp.line." + state.status().name());
    }

    private Step step(Instant at, String what) {
        return new Step(at, FrenchFormat.moment(at, zone), what);
    }

    /** Each partner with a line, when its e-mail about the order left, in the order of the lines. */
    private static Map<String, Instant> sentToPartners(StoredOrder order) {
        Map<String, Instant> sent = new LinkedHashMap<>();
        for (OrderLine line : order.request().lines()) {
            Delivery delivery = order.deliveries().get(Recipients.partner(line.partnerId()));
            if (delivery != null
                    && delivery.state() == DeliveryState.SENT
                    && delivery.sentAt().isPresent()) {
                sent.putIfAbsent(line.partnerName(), delivery.sentAt().get());
            }
        }
        return sent;
    }

    private String describe(StoredOrder order, HistoryEntry entry) {
        if (entry.line().isPresent()) {
            OrderLine line = order.request().lines().get(entry.line().get());
            String key = "followUp.timeline.line." + entry.to();
            return entry.reason().isPresent()
                    ? wording.format(
                            key + ".because",
                            line.partnerName(),
                            line.serviceName(),
                            entry.reason().get())
                    : wording.format(key, line.partnerName(), line.serviceName());
        }
        if (entry.to().equals(OrderStatus.CANCELLED.name())) {
            if (entry.by().equals(HistoryEntry.CUSTOMER)) {
                return wording.get("followUp.timeline.cancelledByYou");
            }
            Optional<String> reason = entry.reason();
            return reason.isPresent()
                    ? wording.format("followUp.timeline.cancelled.because", reason.get())
                    : wording.get("followUp.timeline.cancelled");
        }
        return wording.get("followUp.timeline." + entry.to());
    }
}
