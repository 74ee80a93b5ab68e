package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKey;
import java.time.Instant;
import java.util.Optional;

/** Where orders live. Implemented on DynamoDB; failures to reach it are {@code StorageUnavailableException}s. */
public interface OrderStore {
    /** The order stored for this submission, and whether this call stored it (false for a replay). */
    record Placement(StoredOrder order, boolean created) {}

    /** Stores the order once per idempotency key, in one write. */
    Placement place(OrderRequest request, IdempotencyKey key, Instant now);

    /** The order as stored now (strongly consistent read). */
    Optional<StoredOrder> find(String reference);
}
