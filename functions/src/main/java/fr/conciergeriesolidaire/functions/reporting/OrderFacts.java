package fr.conciergeriesolidaire.functions.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as the indicators and exports read it: no customer data but a key telling one person from another.
 *
 * @param status a stored {@code OrderStatus} name
 * @param personKey the keyed hash of the customer's address ({@code emailHash}); for an order stored before orders
 *     kept it, {@code order:<reference>}: such an order counts as a person of its own
 * @param keyed whether {@code personKey} is the customer's key (false for those older orders)
 */
public record OrderFacts(
        String reference,
        Instant createdAt,
        String counterId,
        String counterName,
        LocalDate slotDate,
        String status,
        List<LineFacts> lines,
        String personKey,
        boolean keyed) {

    private static final String UNKEYED = "order:";

    public OrderFacts {
        lines = List.copyOf(lines);
    }

    /** The person key of an order stored before orders kept their customer's: the order itself. */
    static String unkeyed(String reference) {
        return UNKEYED + reference;
    }

    static boolean isUnkeyed(String personKey) {
        return personKey.startsWith(UNKEYED);
    }

    public boolean isCancelled() {
        return StoredValues.ORDER_CANCELLED.equals(status);
    }

    /** What it brought its partners: the lines they did not refuse, nothing for a cancelled order. */
    public long countedCents() {
        return isCancelled()
                ? 0
                : lines.stream()
                        .filter(LineFacts::counts)
                        .mapToLong(LineFacts::totalCents)
                        .sum();
    }
}
