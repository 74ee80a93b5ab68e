package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.idempotency.References;
import java.util.Optional;

/** Finds an order from a reference as typed or linked. */
final class OrderLookup {
    private final OrderStore store;

    OrderLookup(OrderStore store) {
        this.store = store;
    }

    /** Empty if the reference is malformed (no storage call) or unknown. */
    Optional<StoredOrder> find(String typedReference) {
        return References.parse(typedReference).flatMap(store::find);
    }
}
