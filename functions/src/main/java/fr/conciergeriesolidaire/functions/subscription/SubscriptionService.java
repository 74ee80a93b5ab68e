package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
    private final IdempotencyKeys idempotencyKeys;
    private final SubscriptionStore store;
    private final Organisation organisation;
    private final Clock clock;

    public SubscriptionService(
            SpamGuard spamGuard,
            SubscriptionValidator validator,
            RateLimiter rateLimiter,
            IdempotencyKeys idempotencyKeys,
            SubscriptionStore store,
            Organisation organisation,
            Clock clock) {
        this.spamGuard = spamGuard;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.idempotencyKeys = idempotencyKeys;
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
        spamGuard.check(fields, now);
        SubscriptionRequest request = validator.validate(fields, now);
        rateLimiter.acquire(ACTION, client, now);
        IdempotencyKey key = idempotencyKeys.of(ACTION, request.clientKey(), request.canonical());
        String site = idempotencyKeys.thing(request.establishmentSite());
        try {
            return store.place(request, key, site, now);
        } catch (DuplicateSubmissionException pending) {
            throw new DuplicateSubmissionException(
                    pending.reference(),
                    Message.of(
                            "signup.alreadyPending",
                            pending.reference(),
                            organisation.contact().email()));
        }
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
