package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.antispam.RateLimiter;
import fr.conciergeriesolidaire.functions.antispam.SpamGuard;
import fr.conciergeriesolidaire.functions.http.SubmittedFields;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKey;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKeys;
import java.time.Clock;
import java.time.Instant;

/** Takes an order in: anti-spam, validation, rate limit, then one idempotent write. Nothing else is written. */
public final class OrderService {
    static final String ACTION = "order";

    private final OrderValidator validator;
    private final SpamGuard spamGuard;
    private final RateLimiter rateLimiter;
    private final IdempotencyKeys keys;
    private final OrderStore store;
    private final Clock clock;

    OrderService(
            OrderValidator validator,
            SpamGuard spamGuard,
            RateLimiter rateLimiter,
            IdempotencyKeys keys,
            OrderStore store,
            Clock clock) {
        this.validator = validator;
        this.spamGuard = spamGuard;
        this.rateLimiter = rateLimiter;
        this.keys = keys;
        this.store = store;
        this.clock = clock;
    }

    OrderStore.Placement submit(SubmittedFields fields, String clientAddress) {
        Instant now = clock.instant();
        spamGuard.check(fields, now);
        OrderRequest request = validator.validate(fields, now);
        rateLimiter.acquire(ACTION, clientAddress, now);
        IdempotencyKey key = keys.of(ACTION, request.clientKey(), request.canonical());
        return store.place(request, key, now);
    }
}
