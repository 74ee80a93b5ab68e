package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.util.Optional;

/**
 * What the public pages read of a registration: its state by its reference (the page after a plain form post: no
 * personal data, anyone holding the link may see it), with its event and its place in line.
 */
public final class RegistrationLookup {
    /** A registration, its event as it is now and, if it waits, its place in line now. */
    record Seen(Registration registration, StoredEvent event, Optional<Integer> position) {}

    private final Events events;
    private final RegistrationStore registrations;
    private final PlacesLedger ledgers;

    RegistrationLookup(Events events, RegistrationStore registrations, PlacesLedger ledgers) {
        this.events = events;
        this.registrations = registrations;
        this.ledgers = ledgers;
    }

    /** The event as stored now. */
    Optional<StoredEvent> event(String slug) {
        return events.find(slug);
    }

    /** The registration of that reference with its event, if both exist. */
    Optional<Seen> registration(String reference) {
        return registrations
                .find(reference)
                .flatMap(registration -> events.find(registration.event())
                        .map(event -> new Seen(registration, event, position(registration))));
    }

    /** Its place in line now, if it waits. */
    Optional<Integer> position(Registration registration) {
        if (registration.status() != RegistrationStatus.WAITING) {
            return Optional.empty();
        }
        return ledgers.find(registration.event())
                .flatMap(ledger -> ledger.places().position(registration.reference()));
    }
}
