package fr.conciergeriesolidaire.functions.order;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of an order, kept on the order as long as it is (its audit trail): who (a member's id, {@code
 * partner:<id>} or {@code client}), when, what moved from what to what, and the reason given. Never the customer's
 * personal data: a member's name is staff data, kept so that the trail still says who acted once they left the team.
 *
 * @param byName the member's name as the team knew it at the time; empty for a partner or the customer
 * @param line the index of the line whose answer changed, for a partner's answer
 */
public record HistoryEntry(
        Instant at,
        String by,
        Optional<String> byName,
        String from,
        String to,
        Optional<Integer> line,
        Optional<String> reason) {
    public static final String CUSTOMER = "client";
    private static final String PARTNER_PREFIX = "partner:";

    public static String partner(String partnerId) {
        return PARTNER_PREFIX + partnerId;
    }

    /** The partner who made this change, if a partner did. */
    public Optional<String> partnerId() {
        return by.startsWith(PARTNER_PREFIX) ? Optional.of(by.substring(PARTNER_PREFIX.length())) : Optional.empty();
    }
}
