package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.forms.ConfirmationLimit;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Taking an order, step by step: the spam guard, the validator (which prices every line from the catalogue), the
 * client's rate limit and the addressee's confirmation limit (a replay is never refused), then one idempotent write
 * that also keeps the customer's e-mail key and the seed of their follow-up link. Nothing is written before the last
 * step, so a refused order
 * leaves nothing behind; each step's refusal is an exception that {@code http.ErrorAnswers} turns into an answer.
 */
public final class OrderService {
    /** Names the rate limit and keeps the idempotency keys of orders apart from other forms'. */
    static final String ACTION = "order";

    private final SpamGuard spamGuard;
    private final OrderValidator validator;
    private final RateLimiter rateLimiter;
    private final RateLimiter confirmations;
    private final IdempotencyKeys idempotencyKeys;
    private final EmailKeys emailKeys;
    private final OrderStore store;
    private final Clock clock;

    public OrderService(
            SpamGuard spamGuard,
            OrderValidator validator,
            RateLimiter rateLimiter,
            RateLimiter confirmations,
            IdempotencyKeys idempotencyKeys,
            EmailKeys emailKeys,
            OrderStore store,
            Clock clock) {
        this.spamGuard = spamGuard;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.confirmations = confirmations;
        this.idempotencyKeys = idempotencyKeys;
        this.emailKeys = emailKeys;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param client the submitter's address as the rate limit must see it ({@code http.ClientAddress})
     * @return the stored order, and whether this call stored it (false for a replay of the same submission)
     */
    public OrderStore.Placement place(SubmittedFields fields, String client) {
        return place(fields, client, Optional.empty());
    }

    /**
     * @param siteOrigin the site's address the form was sent to, where the e-mailed follow-up link will point
     * @see #place(SubmittedFields, String)
     */
    public OrderStore.Placement place(SubmittedFields fields, String client, Optional<String> siteOrigin) {
        Instant now = clock.instant();
        OrderRequest request;
        try {
            request = check(fields, now);
        } catch (InvalidInputException refused) {
            // Refusals count too, each as a submission of its own: sending wrong data again and again is no way
            // around the limit.
            rateLimiter.acquire(ACTION, client, UUID.randomUUID().toString(), now);
            throw refused;
        }
        IdempotencyKey key = idempotencyKeys.of(ACTION, request.clientKey(), request.canonical());
        try {
            // Copies of one submission count once, even sent together (the limiters count distinct keys).
            rateLimiter.acquire(ACTION, client, key.value(), now);
            confirmations.acquire(
                    ConfirmationLimit.ACTION,
                    ConfirmationLimit.addressee(request.customer().contact().email()),
                    key.value(),
                    now);
        } catch (TooManyRequestsException limited) {
            // A replay (double click, retry) is never refused: it gets what it stored, if it did.
            return store.replay(key, now).orElseThrow(() -> limited);
        }
        String emailHash = emailKeys.of(request.customer().contact().email()).orElseThrow();
        return store.place(request, key, new OrderKeys(emailHash, FollowUpLinks.newKey(siteOrigin)), now);
    }

    /** The anti-spam rules and the validation: the valid request, or the refusal naming every wrong field. */
    public OrderRequest check(SubmittedFields fields, Instant now) {
        spamGuard.check(fields, now);
        return validator.validate(fields, now);
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
