package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.places.EventPlaces;
import java.time.Clock;
import java.util.Optional;

/** An event's places left as anyone may know them (its page's script): from the event and its ledger only. */
final class PlacesLookup {
    private final Events events;
    private final PlacesLedger ledgers;
    private final Clock clock;

    PlacesLookup(Events events, PlacesLedger ledgers, Clock clock) {
        this.events = events;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /** The places of the event, if there is such an event. */
    Optional<Availability> of(String event) {
        return events.find(event)
                .map(stored -> Availability.of(
                        stored.event(),
                        ledgers.find(event).map(Ledger::places).orElseGet(() -> EventPlaces.none(event)),
                        RegistrationWindow.closed(stored.event(), clock.instant())
                                .isEmpty()));
    }
}
