package fr.conciergeriesolidaire.functions.order;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One change of an order, written in one conditional update on the version that was read: a new status, new answers
 * of some lines, the entry of its audit trail, and the e-mails it sends (new recipients of the outbox).
 */
public record OrderChange(
        String reference,
        long seenVersion,
        Optional<OrderStatus> status,
        Map<Integer, LineState> lines,
        HistoryEntry entry,
        List<String> emails) {
    public OrderChange {
        lines = Map.copyOf(lines);
        emails = List.copyOf(emails);
    }
}
