package fr.conciergeriesolidaire.functions.order;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of an order, kept on the order as long as it is (its audit trail): who (a member's id, {@code
 * partner:<id>} or {@code client}), when, what moved from what to what, and the reason given. Never personal data.
 *
 * @param line the index of the line whose answer changed, for a partner's answer
 */
public record HistoryEntry(
        Instant at, String by, String from, String to, Optional<Integer> line, Optional<String> reason) {
    public static final String CUSTOMER = "client";

    public static String partner(String partnerId) {
        return "partner:" + partnerId;
    }
}
