package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryState;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.privacy.ErasedRecord;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Erasing an order at its customer's request ("Mes données", or the team for them), step by step: the order read and
 * checked to be theirs; if still open, cancelled in the same write that removes its personal data, with a notice to
 * each partner with work on it and to the team, if they were told of the order (whatever a partner had accepted:
 * erasure is a right, not a request); its e-mails not sent yet dropped (the customer's, and news of an order that no
 * longer exists); the notices sent at once; then the partners' lines and links of the order, and what is left of it,
 * deleted. If the mail service is down, what is left (no
 * personal data) waits for the sweeper and expires within a day.
 */
final class OrderErasure {
    /** A change of the order between its read and its erasure (a partner answering) makes the erasure read again. */
    private static final int ROUNDS = 3;

    private final OrderStore store;
    private final Notifier notifier;
    private final PartnerTraces partnerTraces;
    private final EmailKeys emailKeys;
    private final Clock clock;

    OrderErasure(OrderStore store, Notifier notifier, PartnerTraces partnerTraces, EmailKeys emailKeys, Clock clock) {
        this.store = store;
        this.notifier = notifier;
        this.partnerTraces = partnerTraces;
        this.emailKeys = emailKeys;
        this.clock = clock;
    }

    Optional<ErasedRecord> erase(String reference, String emailHash) {
        for (int round = 1; ; round++) {
            Optional<StoredOrder> found = store.find(reference).filter(order -> holds(order, emailHash));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            StoredOrder order = found.get();
            OrderErasing erasing = erasing(order);
            try {
                store.erase(erasing, clock.instant());
            } catch (VersionConflictException changedMeanwhile) {
                if (round == ROUNDS) {
                    throw changedMeanwhile;
                }
                continue;
            }
            if (!erasing.notices().isEmpty()) {
                OrderLife.sendNow(notifier, reference, erasing.notices());
            }
            partnerTraces.forget(order);
            store.deleteErased(reference);
            return Optional.of(new ErasedRecord(
                    OrderPersonalRecords.KIND,
                    reference,
                    order.request().customer().contact().email(),
                    erasing.cancel()));
        }
    }

    /** Whether the order is the customer's of that e-mail key (what is left of an erased order is nobody's). */
    boolean holds(StoredOrder order, String emailHash) {
        return emailKeys
                .of(order.request().customer().contact().email())
                .filter(emailHash::equals)
                .isPresent();
    }

    private static OrderErasing erasing(StoredOrder order) {
        boolean cancel = order.status().isOpen();
        List<String> notices = new ArrayList<>();
        if (cancel) {
            OrderLife.partnersToTell(order).stream()
                    .filter(notice -> wasTold(
                            order,
                            Recipients.partner(
                                    Recipients.cancelledPartner(notice).orElseThrow())))
                    .forEach(notices::add);
            if (wasTold(order, Recipients.TEAM)) {
                notices.add(Recipients.TEAM_ERASED);
            }
        }
        Set<String> dropped = order.deliveries().values().stream()
                .filter(delivery ->
                        Recipients.isCustomers(delivery.recipient()) || delivery.state() == DeliveryState.PENDING)
                .map(Delivery::recipient)
                .collect(Collectors.toSet());
        List<Integer> linesWithReason = IntStream.range(0, order.lines().size())
                .filter(line -> order.lines().get(line).reason().isPresent())
                .boxed()
                .toList();
        return new OrderErasing(order.reference(), order.version(), cancel, notices, dropped, linesWithReason);
    }

    /** Whether that e-mail about the order left, or may have (a sender holds it): its reader knows of the order. */
    private static boolean wasTold(StoredOrder order, String recipient) {
        Delivery delivery = order.deliveries().get(recipient);
        return delivery != null && delivery.state() != DeliveryState.PENDING;
    }
}
