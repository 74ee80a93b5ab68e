package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.References;

/**
 * What a customer's follow-up link allows: seeing their order, and cancelling it while no partner has accepted a line
 * ({@link OrderLife#cancelByCustomer}: one conditional write on the version they saw; the partners and the team are
 * told through the outbox). A link that does not open the order it names is refused the same way as an order that
 * does not exist.
 */
final class OrderFollowUps {
    private final OrderStore store;
    private final OrderLife life;
    private final FollowUpLinks links;

    OrderFollowUps(OrderStore store, OrderLife life, FollowUpLinks links) {
        this.store = store;
        this.life = life;
        this.links = links;
    }

    /**
     * The order the link opens.
     *
     * @throws NoSuchRecordException for a malformed or unknown reference, a key that is not the order's, an order
     *     erased or expired: one refusal for all
     */
    StoredOrder open(String reference, String key) {
        return References.parse(reference == null ? "" : reference)
                .flatMap(store::find)
                .filter(order -> links.opens(order, key))
                .orElseThrow(NoSuchRecordException::new);
    }

    /**
     * Cancels the order at its customer's request, if it is still at the version they saw.
     *
     * @throws ChangeRefusedException when it is cancelled already, or no longer cancellable by them
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException when it changed meanwhile
     */
    StoredOrder cancel(StoredOrder order, long seenVersion) {
        if (order.status() == OrderStatus.CANCELLED) {
            throw new ChangeRefusedException("followUp.refused.alreadyCancelled");
        }
        if (!order.isCancellableByCustomer()) {
            throw new ChangeRefusedException("followUp.refused.notCancellable");
        }
        return life.cancelByCustomer(order.reference(), seenVersion);
    }

    FollowUpLinks links() {
        return links;
    }
}
