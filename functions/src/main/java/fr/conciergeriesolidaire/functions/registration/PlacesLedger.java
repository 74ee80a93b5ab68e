package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.places.EventPlaces;
import java.time.Instant;
import java.util.Optional;

/**
 * The ledger of each event's places (template.yaml's EventPlacesTable, item format {@code programme.places.PlacesItem}).
 * Every change is ONE conditional update naming the registration it is about, so that it applies once whatever the
 * retries: empty means its condition did not hold (someone else changed the ledger first), never that it half
 * happened. Failures to reach storage are {@code StorageUnavailableException}s.
 */
interface PlacesLedger {
    /** The ledger as stored now (strongly consistent), if anyone ever registered. */
    Optional<Ledger> find(String event);

    /**
     * The event's ledger, made empty with that capacity (null: no limit) and the event as followed from now on, if it
     * did not exist.
     */
    Ledger open(String event, Integer capacity, FollowedEvent followed, Instant expiresAt);

    /**
     * Holds {@code places} for the registration, if the ledger counts with that capacity, has them left, nobody waits
     * (the waiting list goes first) and the registration is not on it yet.
     */
    Optional<LedgerChange> take(String event, Integer capacity, String reference, int places);

    /** Puts the registration at the end of the waiting list, if it is not on the ledger yet. */
    Optional<LedgerChange> queue(String event, String reference, int places);

    /** Takes the registration off the ledger (its places back to those left, or off the waiting list), as seen. */
    Optional<LedgerChange> release(Ledger seen, String reference);

    /** Moves someone from the waiting list to the holders, if still waiting with that ticket and the places are left. */
    Optional<LedgerChange> promote(String event, Integer capacity, EventPlaces.Waiting waiting);

    /** Counts with a new capacity (null: no limit), if the ledger still counts with the one seen. */
    Optional<LedgerChange> resize(Ledger seen, Integer capacity);

    /** Remembers the event as followed, unless a later version was followed already; and when the ledger expires. */
    void follow(String event, FollowedEvent followed, Instant expiresAt);
}
