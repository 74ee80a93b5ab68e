package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import java.time.Instant;
import java.util.Optional;

/** Where orders live. Implemented on DynamoDB; failures to reach it are {@code StorageUnavailableException}s. */
public interface OrderStore extends StoredNotifications.Records<StoredOrder> {
    /** The order stored for this submission, and whether this call stored it (false for a replay). */
    record Placement(StoredOrder order, boolean created) {}

    /** The order this very submission (same idempotency key) already stored, if it did; never a write. */
    Optional<Placement> replay(IdempotencyKey key, Instant now);

    /** Stores the order once per idempotency key, in one write. */
    Placement place(OrderRequest request, IdempotencyKey key, Instant now);

    /** The order as stored now (strongly consistent read), by its reference. */
    @Override
    Optional<StoredOrder> find(String reference);
}
