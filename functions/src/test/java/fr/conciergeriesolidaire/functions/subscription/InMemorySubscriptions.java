package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-up feature on in-memory parts, for handler tests that check translation (events in, answers out). The
 * storage rules themselves (one record per key, one awaiting review per site) are tested against dynalite (*IT).
 */
final class InMemorySubscriptions implements SubscriptionStore {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final Map<String, StoredSubscription> subscriptions = new LinkedHashMap<>();
    private final Map<String, String> fingerprints = new LinkedHashMap<>();
    private final Map<String, String> awaitingReviewBySite = new LinkedHashMap<>();
    private final Map<String, String> emailHashes = new LinkedHashMap<>();
    final SubscriptionService service = new SubscriptionService(
            new SpamGuard(),
            new SubscriptionValidator(PackagedSiteData.data()),
            TestParts.noRateLimit(),
            TestParts.noRateLimit(),
            new IdempotencyKeys(TestParts.HASH),
            new EmailKeys(TestParts.HASH),
            this,
            PackagedSiteData.data().organisation(),
            CLOCK);

    SubscriptionSubmissionHandler submissionHandler() {
        return new SubscriptionSubmissionHandler(service, ClientAddress.sourceOnly());
    }

    SubscriptionConfirmationHandler confirmationHandler() {
        return new SubscriptionConfirmationHandler(this, OriginGate.open());
    }

    Map<String, StoredSubscription> stored() {
        return subscriptions;
    }

    @Override
    public synchronized Optional<Placement> replay(IdempotencyKey key, String site, Instant now) {
        String reference = References.candidate(key.value(), 0);
        String fingerprint = fingerprints.get(reference);
        if (fingerprint != null && !fingerprint.equals(key.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        return Optional.ofNullable(subscriptions.get(reference)).map(signUp -> new Placement(signUp, false));
    }

    @Override
    public synchronized Placement place(
            SubscriptionRequest request, IdempotencyKey key, String site, String emailHash, Instant now) {
        String reference = References.candidate(key.value(), 0);
        String fingerprint = fingerprints.get(reference);
        if (fingerprint != null) {
            if (!fingerprint.equals(key.fingerprint())) {
                throw new IdempotencyConflictException();
            }
            return new Placement(subscriptions.get(reference), false);
        }
        String pending = awaitingReviewBySite.get(site);
        if (pending != null) {
            throw new DuplicateSubmissionException(pending);
        }
        StoredSubscription subscription = new StoredSubscription(
                reference, now, SignUpStatus.AWAITING_REVIEW, request, 1, List.of(), List.of(), Map.of(), false);
        subscriptions.put(reference, subscription);
        emailHashes.put(reference, emailHash);
        fingerprints.put(reference, key.fingerprint());
        awaitingReviewBySite.put(site, reference);
        return new Placement(subscription, true);
    }

    @Override
    public Optional<StoredSubscription> find(String reference) {
        return Optional.ofNullable(subscriptions.get(reference));
    }

    @Override
    public StoredSubscription change(SignUpChange change) {
        throw new UnsupportedOperationException("A sign-up's life is tested against dynalite (SubscriptionLifeIT)");
    }

    @Override
    public synchronized List<StoredSubscription> holding(String emailHash) {
        return subscriptions.values().stream()
                .filter(signUp -> emailHash.equals(emailHashes.get(signUp.reference())))
                .toList();
    }

    @Override
    public synchronized boolean delete(String reference, String emailHash) {
        if (!emailHash.equals(emailHashes.get(reference))) {
            return false;
        }
        subscriptions.remove(reference);
        emailHashes.remove(reference);
        awaitingReviewBySite.values().remove(reference);
        return true;
    }

    @Override
    public List<StoredSubscription> withStatus(SignUpStatus status) {
        return subscriptions.values().stream()
                .filter(signUp -> signUp.status() == status)
                .toList();
    }
}
