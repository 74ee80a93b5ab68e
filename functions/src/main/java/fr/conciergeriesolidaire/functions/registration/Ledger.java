package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.places.EventPlaces;
import java.util.Optional;

/**
 * An event's ledger of places as read or as one change left it ({@link PlacesLedger}).
 *
 * @param capacity the capacity the ledger counts with (the event's, followed by {@link PlacesLedger#resize}); null
 *     when the event has no limit
 * @param free the places left under it, which every take is conditioned on; null without limit
 * @param followed the event as the registrations last followed it, if they did
 */
record Ledger(EventPlaces places, Integer capacity, Integer free, Optional<FollowedEvent> followed) {
    boolean holds(String reference) {
        return places.holders().containsKey(reference);
    }

    boolean waits(String reference) {
        return places.position(reference).isPresent();
    }

    /** Every place is taken: the site shows the event full. */
    boolean isFull() {
        return free != null && free <= 0;
    }

    /** The first on the waiting list whose places fit in those left, if any. */
    Optional<EventPlaces.Waiting> firstWaitingThatFits() {
        return places.waiting().stream()
                .filter(waiting -> free == null || waiting.places() <= free)
                .findFirst();
    }
}
