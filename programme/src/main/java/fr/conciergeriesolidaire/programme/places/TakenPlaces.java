package fr.conciergeriesolidaire.programme.places;

/**
 * THE SEAM between the programme and its registrations (issue 15): how many places of an event the accepted
 * registrations already take. The back-office never sets an event's capacity below it (a capacity people already
 * hold places under would turn them away). The registrations keep that count on their own ledger ({@link PlacesTable}),
 * never on the event's item, which each edit replaces whole; the functions read it through this interface.
 */
public interface TakenPlaces {
    /**
     * The places taken in the event of that slug (0 when nobody registered).
     *
     * @throws RuntimeException when the count cannot be read: the edit is then refused, never made blind
     */
    int of(String slug);
}
