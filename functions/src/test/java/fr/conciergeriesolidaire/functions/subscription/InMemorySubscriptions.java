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
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-up feature on in-memory parts, for handler tests that check translation (events in, answers out): one
 * sign-up per site until it is dropped, changes on the version read. The storage rules themselves (one record per key,
 * one sign-up holding a site, conditional updates) are tested against dynalite (*IT).
 */
public final class InMemorySubscriptions implements SubscriptionStore {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final Map<String, StoredSubscription> subscriptions = new LinkedHashMap<>();
    private final Map<String, String> fingerprints = new LinkedHashMap<>();
    private final Map<String, List<String>> bySite = new LinkedHashMap<>();
    private final Map<String, String> emailHashes = new LinkedHashMap<>();
    public final SubscriptionService service = new SubscriptionService(
            new SpamGuard(),
            new SubscriptionValidator(PackagedSiteData.data()),
            TestParts.noRateLimit(),
            TestParts.noRateLimit(),
            new IdempotencyKeys(TestParts.HASH),
            new EmailKeys(TestParts.HASH),
            this,
            PackagedSiteData.data().organisation(),
            CLOCK);

    public SubscriptionSubmissionHandler submissionHandler() {
        return new SubscriptionSubmissionHandler(service, ClientAddress.sourceOnly());
    }

    SubscriptionConfirmationHandler confirmationHandler() {
        return new SubscriptionConfirmationHandler(this, OriginGate.open());
    }

    public synchronized Map<String, StoredSubscription> stored() {
        return Map.copyOf(subscriptions);
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
        Optional<String> holding = bySite.getOrDefault(site, List.of()).stream()
                .filter(held -> subscriptions.get(held).status().holdsTheSite())
                .findFirst();
        if (holding.isPresent()) {
            throw new DuplicateSubmissionException(holding.get());
        }
        StoredSubscription subscription = new StoredSubscription(
                reference,
                now,
                SignUpStatus.AWAITING_REVIEW,
                request,
                1,
                List.of(),
                List.of(),
                Map.of(),
                false,
                Optional.empty());
        subscriptions.put(reference, subscription);
        emailHashes.put(reference, emailHash);
        fingerprints.put(reference, key.fingerprint());
        bySite.computeIfAbsent(site, any -> new ArrayList<>()).add(reference);
        return new Placement(subscription, true);
    }

    @Override
    public synchronized Optional<StoredSubscription> find(String reference) {
        return Optional.ofNullable(subscriptions.get(reference));
    }

    /** As the conditional update: on the version read, or refused and nothing changed. */
    @Override
    public synchronized StoredSubscription change(SignUpChange change) {
        StoredSubscription now = subscriptions.get(change.reference());
        if (now == null || now.version() != change.seenVersion()) {
            throw new VersionConflictException();
        }
        SubscriptionRequest asked = now.request();
        SubscriptionRequest request = change.terms()
                .map(terms -> new SubscriptionRequest(
                        asked.companyName(),
                        asked.siret(),
                        asked.companyAddress(),
                        terms.employees(),
                        asked.otherSite(),
                        terms.startDate(),
                        asked.contact(),
                        asked.role(),
                        asked.message(),
                        asked.quote(),
                        asked.clientKey()))
                .orElse(asked);
        List<SignUpEvent> history = new ArrayList<>(now.history());
        history.add(change.event());
        List<SignUpNote> notes = new ArrayList<>(now.notes());
        change.note().ifPresent(notes::add);
        StoredSubscription changed = new StoredSubscription(
                now.reference(),
                now.createdAt(),
                change.status().orElse(now.status()),
                request,
                now.version() + 1,
                history,
                notes,
                now.deliveries(),
                now.needsAttention(),
                change.terms().flatMap(SignUpTerms::counterId).or(now::counterId));
        subscriptions.put(changed.reference(), changed);
        return changed;
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
        bySite.values().forEach(references -> references.remove(reference));
        return true;
    }

    @Override
    public synchronized List<StoredSubscription> withStatus(SignUpStatus status) {
        return subscriptions.values().stream()
                .filter(signUp -> signUp.status() == status)
                .toList();
    }
}
