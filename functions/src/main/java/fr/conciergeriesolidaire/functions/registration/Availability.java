package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.places.EventPlaces;
import java.util.Optional;

/**
 * The places of an event as anyone may know them (the event page's script shows them): no reference, no name.
 *
 * @param open whether the event takes registrations now
 * @param capacity null when the event has no limit
 * @param placesLeft empty when the event has no limit
 * @param waiting how many registrations wait for a place
 */
record Availability(
        String event,
        boolean open,
        Integer capacity,
        int taken,
        Optional<Integer> placesLeft,
        boolean full,
        int waiting) {
    static Availability of(ProgrammeEvent event, EventPlaces places, boolean open) {
        return new Availability(
                event.slug(),
                open,
                event.capacity(),
                places.taken(),
                places.placesLeft(event.capacity()),
                places.isFull(event.capacity()),
                places.waiting().size());
    }
}
