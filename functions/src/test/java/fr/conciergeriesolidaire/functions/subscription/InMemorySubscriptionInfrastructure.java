package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.functions.idempotency.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKey;
import fr.conciergeriesolidaire.functions.idempotency.References;
import fr.conciergeriesolidaire.functions.submission.FeatureInfrastructure;
import fr.conciergeriesolidaire.functions.submission.FormInfrastructure;
import fr.conciergeriesolidaire.functions.testing.InMemoryForms;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sign-up feature's ports held in memory, for handler tests that check translation (events in, responses
 * out). The storage rules themselves (one record per key, one awaiting review per site) are tested against
 * dynalite in the *IT classes.
 */
final class InMemorySubscriptionInfrastructure implements FeatureInfrastructure<SubscriptionStore> {
    private final InMemoryForms form = new InMemoryForms();
    private final Map<String, StoredSubscription> subscriptions = new LinkedHashMap<>();
    private final Map<String, String> fingerprints = new LinkedHashMap<>();
    private final Map<String, String> awaitingReviewBySite = new LinkedHashMap<>();
    private final Function<String, String> duplicateSummary = SubscriptionComponents.duplicateSummary(
            SiteDataLoader.fromClasspath().organisation());

    Map<String, StoredSubscription> stored() {
        return subscriptions;
    }

    @Override
    public FormInfrastructure form() {
        return form;
    }

    private final SubscriptionStore store = new SubscriptionStore() {
        @Override
        public synchronized Placement place(SubscriptionRequest request, IdempotencyKey key, Instant now) {
            String reference = new References(form.hash()).candidate(key, 0);
            String fingerprint = fingerprints.get(reference);
            if (fingerprint != null) {
                if (!fingerprint.equals(key.fingerprint())) {
                    throw new IdempotencyConflictException();
                }
                return new Placement(subscriptions.get(reference), false);
            }
            String pending = awaitingReviewBySite.get(request.establishmentSite());
            if (pending != null) {
                throw new DuplicateSubmissionException(pending, duplicateSummary.apply(pending));
            }
            StoredSubscription subscription = new StoredSubscription(
                    reference, now, SubscriptionItemMapper.AWAITING_REVIEW, request, Map.of(), false);
            subscriptions.put(reference, subscription);
            fingerprints.put(reference, key.fingerprint());
            awaitingReviewBySite.put(request.establishmentSite(), reference);
            return new Placement(subscription, true);
        }

        @Override
        public Optional<StoredSubscription> find(String reference) {
            return Optional.ofNullable(subscriptions.get(reference));
        }
    };

    @Override
    public SubscriptionStore store() {
        return store;
    }
}
