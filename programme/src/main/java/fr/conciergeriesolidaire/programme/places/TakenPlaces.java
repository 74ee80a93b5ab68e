package fr.conciergeriesolidaire.programme.places;

/**
 * THE SEAM between the programme and its registrations (issue 15): how many places of an event the accepted
 * registrations already take. The back-office never sets an event's capacity below it (a capacity people already
 * hold places under would turn them away). The registrations keep that count in their own table, never on the event's
 * item, which each edit replaces whole (WAVE2.md, "Event places vs event edits"); they implement this interface on
 * it. Where a deployment has no registrations, {@link NoRegistrations} says so.
 */
public interface TakenPlaces {
    /**
     * The places taken in the event of that slug (0 when nobody registered).
     *
     * @throws RuntimeException when the count cannot be read: the edit is then refused, never made blind
     */
    int of(String slug);
}
