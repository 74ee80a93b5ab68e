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
 * @param droppedDeliveries the e-mails of its outbox that will not be sent: the customer's (their address is going)
 *     and those not sent yet (news of an order that no longer exists)
 * @param linesWithReason the lines whose partner's reason is removed
 */
record OrderErasing(
        String reference,
        long seenVersion,
        boolean cancel,
        List<String> notices,
        Set<String> droppedDeliveries,
        List<Integer> linesWithReason) {
    OrderErasing {
        notices = List.copyOf(notices);
        droppedDeliveries = Set.copyOf(droppedDeliveries);
        linesWithReason = List.copyOf(linesWithReason);
    }
}
