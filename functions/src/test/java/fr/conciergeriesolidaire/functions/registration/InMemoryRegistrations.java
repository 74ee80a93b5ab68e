package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.forms.SubmissionLimitReachedException;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryState;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registrations in memory for handler tests, each change applied under the same conditions as the DynamoDB store's
 * (tested against dynalite by the ITs), so that a handler test sees what was stored, or that nothing was.
 */
final class InMemoryRegistrations implements RegistrationStore {
    private final Map<String, Registration> stored = new HashMap<>();

    synchronized Map<String, Registration> stored() {
        return Map.copyOf(stored);
    }

    @Override
    public synchronized Placement place(NewRegistration registration, Instant now) {
        for (NewRegistration.Candidate candidate : registration.candidates()) {
            Registration existing = stored.get(candidate.reference());
            if (existing == null) {
                RegistrationRequest request = registration.request();
                Registration pending = new Registration(
                        candidate.reference(),
                        request.event(),
                        registration.personKey(),
                        request.person(),
                        request.places(),
                        request.accessNeeds(),
                        RegistrationStatus.PENDING,
                        Optional.empty(),
                        now,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        1,
                        registration.siteOrigin(),
                        candidate.cancelKey(),
                        Map.of(),
                        false);
                stored.put(pending.reference(), pending);
                return new Placement(pending, true);
            }
            if (existing.personKey().equals(registration.personKey())
                    && existing.status() != RegistrationStatus.CANCELLED) {
                return new Placement(existing, false);
            }
        }
        throw new SubmissionLimitReachedException();
    }

    @Override
    public synchronized Optional<Registration> live(String personKey, List<String> references) {
        return references.stream()
                .map(stored::get)
                .filter(found -> found != null
                        && found.personKey().equals(personKey)
                        && found.status() != RegistrationStatus.CANCELLED)
                .findFirst();
    }

    @Override
    public synchronized Optional<Registration> find(String reference) {
        return Optional.ofNullable(stored.get(reference));
    }

    @Override
    public synchronized Registration confirm(String reference, Instant now) {
        Registration current = stored.get(reference);
        if (current.status() == RegistrationStatus.WAITING || current.status() == RegistrationStatus.PENDING) {
            String email = current.status() == RegistrationStatus.WAITING ? Recipients.PROMOTED : Recipients.CONFIRMED;
            put(changed(current, RegistrationStatus.CONFIRMED, current.joinedAt(), withEmail(current, email, now), 1));
        }
        return stored.get(reference);
    }

    @Override
    public synchronized Registration waitFor(String reference, int position, Instant now) {
        Registration current = stored.get(reference);
        if (current.status() == RegistrationStatus.PENDING) {
            put(changed(
                    current,
                    RegistrationStatus.WAITING,
                    Optional.of(position),
                    withEmail(current, Recipients.WAITING, now),
                    1));
        }
        return stored.get(reference);
    }

    @Override
    public synchronized Registration cancel(Registration seen, Instant now) {
        Registration current = stored.get(seen.reference());
        if (current.version() != seen.version()) {
            throw new VersionConflictException();
        }
        put(changed(current, RegistrationStatus.CANCELLED, current.joinedAt(), current.deliveries(), 1));
        return stored.get(seen.reference());
    }

    @Override
    public synchronized void watch(String reference, Instant at) {
        // The sweeper's view is the DynamoDB store's business (tested against dynalite).
    }

    @Override
    public synchronized boolean notify(String reference, String recipient, boolean alsoWaiting, Instant now) {
        Registration current = stored.get(reference);
        boolean live = current.status() == RegistrationStatus.CONFIRMED
                || (alsoWaiting && current.status() == RegistrationStatus.WAITING);
        if (!live || current.deliveries().containsKey(recipient)) {
            return false;
        }
        put(changed(current, current.status(), current.joinedAt(), withEmail(current, recipient, now), 0));
        return true;
    }

    @Override
    public synchronized Registration markAttendance(
            String reference, long seenVersion, boolean attended, String memberId, Instant now) {
        throw new UnsupportedOperationException("Attendance is tested against dynalite");
    }

    @Override
    public synchronized void expireAt(String reference, Instant expiresAt) {
        // Expiry is the DynamoDB store's business (tested against dynalite).
    }

    @Override
    public synchronized List<Registration> ofEvent(String event) {
        return stored.values().stream()
                .filter(registration -> registration.event().equals(event))
                .sorted(Comparator.comparing(Registration::createdAt))
                .toList();
    }

    private void put(Registration registration) {
        stored.put(registration.reference(), registration);
    }

    private static Map<String, Delivery> withEmail(Registration registration, String recipient, Instant now) {
        Map<String, Delivery> deliveries = new HashMap<>(registration.deliveries());
        deliveries.put(recipient, new Delivery(recipient, DeliveryState.PENDING, 0, now, Optional.empty()));
        return deliveries;
    }

    private static Registration changed(
            Registration registration,
            RegistrationStatus status,
            Optional<Integer> joinedAt,
            Map<String, Delivery> deliveries,
            long versionsMore) {
        return new Registration(
                registration.reference(),
                registration.event(),
                registration.personKey(),
                registration.person(),
                registration.places(),
                registration.accessNeeds(),
                status,
                joinedAt,
                registration.createdAt(),
                registration.confirmedAt(),
                registration.cancelledAt(),
                registration.attended(),
                registration.version() + versionsMore,
                registration.siteOrigin(),
                registration.cancelKey(),
                deliveries,
                false);
    }

    /** Every registration's e-mails due, for tests that check what would be sent. */
    synchronized List<String> emailsOf(String reference) {
        return new ArrayList<>(stored.get(reference).deliveries().keySet());
    }
}
