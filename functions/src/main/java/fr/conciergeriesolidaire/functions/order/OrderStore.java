package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where orders live. Implemented on DynamoDB; failures to reach it are {@code StorageUnavailableException}s. */
public interface OrderStore extends StoredNotifications.Records<StoredOrder> {
    /** The order stored for this submission, and whether this call stored it (false for a replay). */
    record Placement(StoredOrder order, boolean created) {}

    /** The order this very submission (same idempotency key) already stored, if it did; never a write. */
    Optional<Placement> replay(IdempotencyKey key, Instant now);

    /** Stores the order once per idempotency key, in one write (a replay gets the order stored first, keys and all). */
    Placement place(OrderRequest request, IdempotencyKey key, OrderKeys keys, Instant now);

    /** The order as stored now (strongly consistent read), by its reference. */
    @Override
    Optional<StoredOrder> find(String reference);

    /** The orders with these references as stored now (strongly consistent), those that exist, in no order. */
    List<StoredOrder> findAll(Collection<String> references);

    /**
     * Applies a change in one conditional write, if the order is still at the version that was read.
     *
     * @return the order as changed
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException if it changed meanwhile
     */
    StoredOrder change(OrderChange change, Instant now);

    /** The live orders whose customer's e-mail key is {@code emailHash} ("Mes données", its index). */
    List<StoredOrder> holding(String emailHash);

    /**
     * Erases the order's personal data and cancels it if it is open, in one conditional write on the version read
     * ({@link OrderErasing}).
     *
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException if it changed meanwhile
     */
    void erase(OrderErasing erasing, Instant now);

    /** Deletes what is left of an erased order once none of its e-mails waits; false if some still does. */
    boolean deleteErased(String reference);

    /** The orders to drop off at a counter (or company site) on a day, by slot (the board's index). */
    List<StoredOrder> atCounter(String counterId, LocalDate day);
}
