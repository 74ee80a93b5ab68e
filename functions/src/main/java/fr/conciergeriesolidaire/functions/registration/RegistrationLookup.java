package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.places.EventPlaces;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Clock;
import java.util.Optional;

/**
 * What the public pages read: an event's places left (its page's script), a registration's state by its reference
 * (the page after a plain form post: no personal data, anyone holding the link may see it).
 */
public final class RegistrationLookup {
    /** A registration, its event as it is now and, if it waits, its place in line now. */
    record Seen(Registration registration, StoredEvent event, Optional<Integer> position) {}

    private final Events events;
    private final RegistrationStore registrations;
    private final PlacesLedger ledgers;
    private final Clock clock;

    RegistrationLookup(Events events, RegistrationStore registrations, PlacesLedger ledgers, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /** The places of the event, if there is such an event. */
    Optional<Availability> availability(String event) {
        return events.find(event)
                .map(stored -> Availability.of(
                        stored.event(),
                        ledgers.find(event).map(Ledger::places).orElseGet(() -> EventPlaces.none(event)),
                        RegistrationWindow.closed(stored.event(), clock.instant())
                                .isEmpty()));
    }

    /** The registration of that reference with its event, if both exist. */
    Optional<Seen> registration(String reference) {
        return registrations
                .find(reference)
                .flatMap(registration -> events.find(registration.event())
                        .map(event -> new Seen(registration, event, position(registration))));
    }

    private Optional<Integer> position(Registration registration) {
        if (registration.status() != RegistrationStatus.WAITING) {
            return Optional.empty();
        }
        return ledgers.find(registration.event())
                .flatMap(ledger -> ledger.places().position(registration.reference()));
    }
}
