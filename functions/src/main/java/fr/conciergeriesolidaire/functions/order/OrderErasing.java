package fr.conciergeriesolidaire.functions.order;

import java.util.List;
import java.util.Set;

/**
 * An order's erasure, written in one conditional update on the version that was read: cancelled if it was still open
 * (its partners and the team told), and its personal data removed ({@link OrderItemMapper#PERSONAL_ATTRIBUTES}, the
 * customer's own e-mails still in its outbox, the partners' reasons on its lines). What is left holds no personal
 * data and goes as soon as the notices are sent, or expires within a day.
 *
 * @param notices the e-mails to send now (recipient keys of {@link Recipients})
 * @param customerDeliveries the customer's e-mails in its outbox, removed (their address is going)
 * @param linesWithReason the lines whose partner's reason is removed
 */
record OrderErasing(
        String reference,
        long seenVersion,
        boolean cancel,
        List<String> notices,
        Set<String> customerDeliveries,
        List<Integer> linesWithReason) {
    OrderErasing {
        notices = List.copyOf(notices);
        customerDeliveries = Set.copyOf(customerDeliveries);
        linesWithReason = List.copyOf(linesWithReason);
    }
}
