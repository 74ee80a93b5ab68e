package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Taking an order, step by step: the spam guard, the validator (which prices every line from the catalogue), the
 * client's rate limit, then one idempotent write. Nothing is written before the last step, so a refused order
 * leaves nothing behind; each step's refusal is an exception that {@code http.ErrorAnswers} turns into an answer.
 */
public final class OrderService {
    /** Names the rate limit and keeps the idempotency keys of orders apart from other forms'. */
    static final String ACTION = "order";

    private final SpamGuard spamGuard;
    private final OrderValidator validator;
    private final RateLimiter rateLimiter;
    private final IdempotencyKeys idempotencyKeys;
    private final OrderStore store;
    private final Clock clock;

    public OrderService(
            SpamGuard spamGuard,
            OrderValidator validator,
            RateLimiter rateLimiter,
            IdempotencyKeys idempotencyKeys,
            OrderStore store,
            Clock clock) {
        this.spamGuard = spamGuard;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.idempotencyKeys = idempotencyKeys;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param client the submitter's address as the rate limit must see it ({@code http.ClientAddress})
     * @return the stored order, and whether this call stored it (false for a replay of the same submission)
     */
    public OrderStore.Placement place(SubmittedFields fields, String client) {
        Instant now = clock.instant();
        spamGuard.check(fields, now);
        OrderRequest request = validator.validate(fields, now);
        rateLimiter.acquire(ACTION, client, now);
        IdempotencyKey key = idempotencyKeys.of(ACTION, request.clientKey(), request.canonical());
        return store.place(request, key, now);
    }

    /** The order as stored now, by its reference. */
    public Optional<StoredOrder> find(String reference) {
        return store.find(reference);
    }

    /**
     * Before a SnapStart snapshot: the storage path without writing anything, one keyed hash and one read of a
     * key no order can have (references are upper case).
     */
    public void prime() {
        idempotencyKeys.of(ACTION, Optional.empty(), "snapstart-priming");
        store.find("snapstart-priming");
    }
}
