package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * What a request leaves behind when it stops between two of its writes (a crash, a timeout): each method makes the
 * writes the request had made by then, with the production stores on dynalite, and nothing after.
 */
final class StoppedRequests {
    private final RegistrationStore registrations;
    private final PlacesLedger ledgers;
    private final RegistrationKeys keys = new RegistrationKeys(new KeyedHash(EmulatedAws.HASH_SECRET));

    StoppedRequests(RegistrationWiring wiring) {
        this.registrations = wiring.store();
        this.ledgers = wiring.ledger();
    }

    /** Stopped after writing the registration pending: the ledger never heard of it. */
    Registration afterThePendingWrite(ProgrammeEvent event, int person, Instant now) {
        String email = Registrants.email(person);
        String personKey = keys.personKey(event.slug(), email);
        RegistrationRequest request = new RegistrationRequest(
                event.slug(),
                new Person("Prénom", "Arrêté", email, Optional.empty()),
                1,
                Optional.empty(),
                Optional.empty());
        return registrations
                .place(
                        new NewRegistration(
                                request,
                                personKey,
                                keys.candidates(personKey),
                                keys.emailHash(email),
                                "https://site.exemple.fr",
                                now.plusSeconds(86_400 * 60)),
                        now)
                .registration();
    }

    /** Stopped after the ledger held its places: the registration is still pending. */
    Registration afterTheLedgerTook(ProgrammeEvent event, int person, Instant now) {
        Registration pending = afterThePendingWrite(event, person, now);
        ledger(event, now);
        ledgers.take(event.slug(), event.capacity(), pending.reference(), pending.places())
                .orElseThrow(() -> new AssertionError("no place to take"));
        return pending;
    }

    /** Stopped after the ledger queued it: the registration is still pending. */
    Registration afterTheLedgerQueued(ProgrammeEvent event, int person, Instant now) {
        Registration pending = afterThePendingWrite(event, person, now);
        ledger(event, now);
        ledgers.queue(event.slug(), pending.reference(), pending.places()).orElseThrow();
        return pending;
    }

    /** Stopped after the registration was cancelled: the ledger still holds its places. */
    Registration afterTheCancellationWrite(String reference, Instant now) {
        return registrations.cancel(registrations.find(reference).orElseThrow(), now);
    }

    /**
     * Stopped after a cancellation gave its places back and the waiting list's first moved to the holders on the
     * ledger (watched first, as the allocation does): neither registration followed.
     */
    void afterTheLedgerPromoted(String event, String cancelled, String waiting, Instant now, java.time.Duration grace) {
        registrations.cancel(registrations.find(cancelled).orElseThrow(), now);
        Ledger ledger = ledgers.find(event).orElseThrow();
        Ledger released = ledgers.release(ledger, cancelled).orElseThrow().after();
        registrations.watch(waiting, now.plus(grace));
        ledgers.promote(
                        event,
                        released.capacity(),
                        released.places().waiting().stream()
                                .filter(entry -> entry.reference().equals(waiting))
                                .findFirst()
                                .orElseThrow())
                .orElseThrow();
    }

    Registration registration(String reference) {
        return registrations.find(reference).orElseThrow();
    }

    Ledger ledger(String event) {
        return ledgers.find(event).orElseThrow();
    }

    private void ledger(ProgrammeEvent event, Instant now) {
        if (ledgers.find(event.slug()).isEmpty()) {
            ledgers.open(
                    event.slug(),
                    event.capacity(),
                    new FollowedEvent(
                            1,
                            "scheduled",
                            event.start().toInstant(),
                            event.end().toInstant(),
                            ""),
                    now.plusSeconds(86_400 * 60));
        }
    }
}
