package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.programme.ProgrammePublication;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Taking a resident's proposal, step by step: the spam guard, the validator, the client's rate limit, one idempotent
 * write (with the keyed hash of the address given, for "Mes données"), then the request to publish the site again,
 * whose neighbourhood page counts the season's ideas. Nothing is written before the fourth step; each refusal is an
 * exception that {@code http.ErrorAnswers} answers.
 */
public final class ProposalService {
    /** Names the rate limit and keeps the idempotency keys of proposals apart from other forms'. */
    static final String ACTION = "proposal";

    private final SpamGuard spamGuard;
    private final ProposalValidator validator;
    private final RateLimiter rateLimiter;
    private final IdempotencyKeys idempotencyKeys;
    private final EmailKeys emailKeys;
    private final ProposalStore store;
    private final ProgrammePublication publication;
    private final Clock clock;

    ProposalService(
            SpamGuard spamGuard,
            ProposalValidator validator,
            RateLimiter rateLimiter,
            IdempotencyKeys idempotencyKeys,
            EmailKeys emailKeys,
            ProposalStore store,
            ProgrammePublication publication,
            Clock clock) {
        this.spamGuard = spamGuard;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.idempotencyKeys = idempotencyKeys;
        this.emailKeys = emailKeys;
        this.store = store;
        this.publication = publication;
        this.clock = clock;
    }

    /**
     * @param client the submitter's address as the rate limit must see it ({@code http.ClientAddress})
     * @return the stored proposal, and whether this call stored it (false for a replay of the same submission)
     */
    public ProposalStore.Placement propose(SubmittedFields fields, String client) {
        Instant now = clock.instant();
        ProposalRequest request;
        try {
            request = check(fields, now);
        } catch (InvalidInputException refused) {
            // Refusals count too: sending wrong data again and again is no way around the limit.
            rateLimiter.acquire(ACTION, client, UUID.randomUUID().toString(), now);
            throw refused;
        }
        IdempotencyKey key = idempotencyKeys.of(ACTION, request.clientKey(), request.canonical());
        try {
            rateLimiter.acquire(ACTION, client, key.value(), now);
        } catch (TooManyRequestsException limited) {
            // A replay (double click, retry) is never refused: it gets what it stored, if it did.
            return store.replay(key, now).orElseThrow(() -> limited);
        }
        Optional<String> emailHash =
                request.contact().flatMap(ProposalContact::email).flatMap(emailKeys::of);
        ProposalStore.Placement placement = store.place(request, emailHash, key, now);
        if (placement.created()) {
            publication.ask(now);
        }
        return placement;
    }

    /** The anti-spam rules and the validation: the valid request, or the refusal naming every wrong field. */
    public ProposalRequest check(SubmittedFields fields, Instant now) {
        spamGuard.check(fields, now);
        return validator.validate(fields);
    }

    /** The proposal as stored now, by its reference. */
    public Optional<StoredProposal> find(String reference) {
        return store.find(reference);
    }

    /** Before a SnapStart snapshot: one keyed hash and one read of a key no proposal can have. Writes nothing. */
    public void prime() {
        idempotencyKeys.of(ACTION, Optional.empty(), "snapstart-priming");
        store.find("snapstart-priming");
    }
}
