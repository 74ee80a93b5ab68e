package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.outbox.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An order as stored: its reference, when it was received, what was ordered, where it stands (its status, each line's
 * answer, its version for conditional changes, its audit trail), and its e-mails' states.
 *
 * @param lines each line's answer, in the order of {@code request.lines()}
 * @param followUp what the customer's private follow-up link is made from (absent for orders taken before the link
 *     existed, and once the order is erased)
 */
public record StoredOrder(
        String reference,
        Instant createdAt,
        OrderRequest request,
        OrderStatus status,
        List<LineState> lines,
        long version,
        List<HistoryEntry> history,
        Map<String, Delivery> deliveries,
        boolean needsAttention,
        Optional<FollowUpKey> followUp) {

    public StoredOrder {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
        deliveries = Map.copyOf(deliveries);
    }

    /** An order read where its follow-up link does not matter. */
    public StoredOrder(
            String reference,
            Instant createdAt,
            OrderRequest request,
            OrderStatus status,
            List<LineState> lines,
            long version,
            List<HistoryEntry> history,
            Map<String, Delivery> deliveries,
            boolean needsAttention) {
        this(
                reference,
                createdAt,
                request,
                status,
                lines,
                version,
                history,
                deliveries,
                needsAttention,
                Optional.empty());
    }

    /** A new order, as the submission stores it. */
    static StoredOrder received(String reference, Instant at, OrderRequest request, FollowUpKey followUp) {
        return new StoredOrder(
                reference,
                at,
                request,
                OrderStatus.RECEIVED,
                request.lines().stream().map(line -> LineState.PENDING).toList(),
                1,
                List.of(),
                Map.of(),
                false,
                Optional.of(followUp));
    }

    /** Whether the customer may still cancel it alone, from its follow-up page. */
    public boolean isCancellableByCustomer() {
        return status == OrderStatus.RECEIVED && !hasAnAcceptedLine();
    }

    /** Whether a partner accepted or finished a line: the customer can no longer cancel the order alone. */
    public boolean hasAnAcceptedLine() {
        return lines.stream()
                .anyMatch(state -> state.status() == LineStatus.ACCEPTED || state.status() == LineStatus.READY);
    }
}
