package fr.conciergeriesolidaire.functions.submission;

import fr.conciergeriesolidaire.functions.antispam.RateLimiter;
import fr.conciergeriesolidaire.functions.antispam.SpamGuard;
import fr.conciergeriesolidaire.functions.http.SubmittedFields;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKey;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes a submission in, the same way for every form: anti-spam, validation, rate limit, then one idempotent
 * store call. Nothing is written before the last step, so a refused submission leaves nothing behind.
 *
 * @param <R> the valid request the form's validator builds
 * @param <T> what the store answers (the stored record and whether this call created it)
 */
public final class Intake<R extends Intake.Request, T> {
    /** A validated request: what tells it apart from another one. */
    public interface Request {
        /** The idempotency key the page's script sent, if any. */
        Optional<String> clientKey();

        /** The normalised content, written the same way for equal submissions. */
        String canonical();
    }

    @FunctionalInterface
    public interface Validator<R> {
        /** The valid request, or an {@code InvalidInputException} naming every wrong field. */
        R validate(SubmittedFields fields, Instant now);
    }

    @FunctionalInterface
    public interface Store<R, T> {
        T place(R request, IdempotencyKey key, Instant now);
    }

    private final String action;
    private final SpamGuard spamGuard;
    private final Validator<R> validator;
    private final RateLimiter rateLimiter;
    private final IdempotencyKeys keys;
    private final Store<R, T> store;
    private final Clock clock;

    /** @param action what is submitted ("order"...): names the rate limit and keeps idempotency keys apart */
    public Intake(
            String action,
            SpamGuard spamGuard,
            Validator<R> validator,
            RateLimiter rateLimiter,
            IdempotencyKeys keys,
            Store<R, T> store,
            Clock clock) {
        this.action = action;
        this.spamGuard = spamGuard;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.keys = keys;
        this.store = store;
        this.clock = clock;
    }

    public T take(SubmittedFields fields, String clientAddress) {
        Instant now = clock.instant();
        spamGuard.check(fields, now);
        R request = validator.validate(fields, now);
        rateLimiter.acquire(action, clientAddress, now);
        IdempotencyKey key = keys.of(action, request.clientKey(), request.canonical());
        return store.place(request, key, now);
    }
}
