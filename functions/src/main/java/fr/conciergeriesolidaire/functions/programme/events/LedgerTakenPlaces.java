package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.programme.places.PlacesTable;
import fr.conciergeriesolidaire.programme.places.TakenPlaces;

/**
 * The places taken in an event, read strongly from the registrations' ledger (EventPlacesTable, one item per event,
 * never the event's own item, which each edit replaces). An unreadable ledger is a 503 and the edit is not made.
 * The check is not atomic with a registration landing meanwhile: the registrations then follow the new capacity
 * themselves (their ledger refuses an over-booking).
 */
final class LedgerTakenPlaces implements TakenPlaces {
    private final PlacesTable places;

    LedgerTakenPlaces(PlacesTable places) {
        this.places = places;
    }

    @Override
    public int of(String slug) {
        return DynamoDbCalls.call(() -> places.of(slug)).taken();
    }
}
