package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.forms.ConfirmationLimit;
import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.Message;
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
 * Taking a company sign-up, step by step: the spam guard, the validator (which quotes from offer.yaml), the
 * client's rate limit, then one write that also keeps one sign-up awaiting review per establishment's site. Nothing
 * is written before the last step; each refusal is an exception that {@code http.ErrorAnswers} answers.
 */
public final class SubscriptionService {
    /** Names the rate limit and keeps the idempotency keys of sign-ups apart from other forms'. */
    static final String ACTION = "subscription";

    private final SpamGuard spamGuard;
    private final SubscriptionValidator validator;
    private final RateLimiter rateLimiter;
    private final RateLimiter confirmations;
    private final IdempotencyKeys idempotencyKeys;
    private final EmailKeys emailKeys;
    private final SubscriptionStore store;
    private final Organisation organisation;
    private final Clock clock;

    public SubscriptionService(
            SpamGuard spamGuard,
            SubscriptionValidator validator,
            RateLimiter rateLimiter,
            RateLimiter confirmations,
            IdempotencyKeys idempotencyKeys,
            EmailKeys emailKeys,
            SubscriptionStore store,
            Organisation organisation,
            Clock clock) {
        this.spamGuard = spamGuard;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.confirmations = confirmations;
        this.idempotencyKeys = idempotencyKeys;
        this.emailKeys = emailKeys;
        this.store = store;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * @param client the submitter's address as the rate limit must see it ({@code http.ClientAddress})
     * @return the stored sign-up, and whether this call stored it (false for a replay of the same submission)
     * @throws DuplicateSubmissionException when the same site already has a sign-up awaiting review
     */
    public SubscriptionStore.Placement signUp(SubmittedFields fields, String client) {
        Instant now = clock.instant();
        SubscriptionRequest request;
        try {
            request = check(fields, now);
        } catch (InvalidInputException refused) {
            // Refusals count too, each as a submission of its own: sending wrong data again and again is no way
            // around the limit.
            rateLimiter.acquire(ACTION, client, UUID.randomUUID().toString(), now);
            throw refused;
        }
        IdempotencyKey key = idempotencyKeys.of(ACTION, request.clientKey(), request.canonical());
        String site = idempotencyKeys.thing(request.establishmentSite());
        try {
            // Copies of one submission count once, even sent together (the limiters count distinct keys).
            rateLimiter.acquire(ACTION, client, key.value(), now);
            confirmations.acquire(
                    ConfirmationLimit.ACTION,
                    ConfirmationLimit.addressee(request.contact().email()),
                    key.value(),
                    now);
        } catch (TooManyRequestsException limited) {
            // A replay (double click, retry) is never refused: it gets what it stored, if it did.
            return store.replay(key, site, now).orElseThrow(() -> limited);
        }
        try {
            String emailHash = emailKeys.of(request.contact().email()).orElseThrow();
            return store.place(request, key, site, emailHash, now);
        } catch (DuplicateSubmissionException pending) {
            throw new DuplicateSubmissionException(
                    pending.reference(),
                    Message.of(
                            "signup.alreadyPending",
                            pending.reference(),
                            organisation.contact().email()));
        }
    }

    /** The anti-spam rules and the validation: the valid request, or the refusal naming every wrong field. */
    public SubscriptionRequest check(SubmittedFields fields, Instant now) {
        spamGuard.check(fields, now);
        return validator.validate(fields, now);
    }

    /** The sign-up as stored now, by its reference. */
    public Optional<StoredSubscription> find(String reference) {
        return store.find(reference);
    }

    /** Before a SnapStart snapshot: one keyed hash and one read of a key no sign-up can have. Writes nothing. */
    public void prime() {
        idempotencyKeys.of(ACTION, Optional.empty(), "snapstart-priming");
        store.find("snapstart-priming");
    }
}
