package fr.conciergeriesolidaire.programme.places;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places of one event as its registrations hold them (the places table, {@link PlacesItem}): who holds how many,
 * and who waits in which order. The event's capacity is the events table's; the figures here are compared with it, so
 * that a capacity the team just changed is what the site and the back-office show.
 *
 * @param taken the places held, summed
 * @param holders the registrations holding places, with how many each holds
 * @param waiting the waiting list, first in line first
 */
public record EventPlaces(String slug, int taken, Map<String, Integer> holders, List<Waiting> waiting) {
    /**
     * One registration on the waiting list.
     *
     * @param ticket its place in line: lower tickets joined earlier
     */
    public record Waiting(String reference, long ticket, int places) {}

    public EventPlaces {
        holders = Map.copyOf(holders);
        waiting = waiting.stream()
                .sorted(Comparator.comparingLong(Waiting::ticket))
                .toList();
    }

    /** An event nobody registered for yet. */
    public static EventPlaces none(String slug) {
        return new EventPlaces(slug, 0, Map.of(), List.of());
    }

    /** The places still free under that capacity, or empty when the event has no limit (capacity null). */
    public Optional<Integer> placesLeft(Integer capacity) {
        return capacity == null ? Optional.empty() : Optional.of(Math.max(0, capacity - taken));
    }

    /** Every place of that capacity is taken (never for an event without limit). */
    public boolean isFull(Integer capacity) {
        return capacity != null && taken >= capacity;
    }

    /** Where that registration stands on the waiting list (1 for the first), or empty when it is not on it. */
    public Optional<Integer> position(String reference) {
        for (int index = 0; index < waiting.size(); index++) {
            if (waiting.get(index).reference().equals(reference)) {
                return Optional.of(index + 1);
            }
        }
        return Optional.empty();
    }
}
