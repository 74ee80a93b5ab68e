package fr.conciergeriesolidaire.programme.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item of one event in the places table (template.yaml's EventPlacesTable): the ledger of its places, written by
 * the registrations (functions' {@code registration} feature, one conditional update per change, no transaction) and
 * read by the site's build (full or not) and the back-office.
 *
 * <p>Item: {@value #KEY} (the event's slug), {@value #TAKEN} (N, places held), {@value #FREE} (N, places left under the
 * capacity the ledger last followed, {@value #CAPACITY}; both absent for an event without limit: a take is then
 * conditioned on {@code free >= places} in the same update), {@value #HOLDERS} (M: registration reference to places
 * held), {@value #WAITING} (M: reference to its ticket), {@value #QUEUED} (N, the last ticket's number), and
 * {@code expiresAt} (TTL: the references are pseudonymous data, erased with the registrations).
 *
 * <p>A ticket is {@code number * }{@value #TICKET_STEP}{@code + places}: the number, given out in one update with the
 * entry on the waiting list, orders the line; the remainder is how many places the registration waits for.
 */
public final class PlacesItem {
    public static final String KEY = "event";
    public static final String CAPACITY = "capacity";
    public static final String FREE = "free";
    public static final String TAKEN = "taken";
    public static final String HOLDERS = "holders";
    public static final String WAITING = "waiting";
    public static final String QUEUED = "queued";
    public static final String EXPIRES_AT = "expiresAt";
    /** More than any registration may take: the places a ticket waits for fit below it. */
    public static final int TICKET_STEP = 1000;

    private PlacesItem() {}

    public static EventPlaces fromItem(Map<String, AttributeValue> item) {
        Map<String, Integer> holders = new HashMap<>();
        map(item, HOLDERS).forEach((reference, places) -> holders.put(reference, Integer.parseInt(places.n())));
        List<EventPlaces.Waiting> waiting = new ArrayList<>();
        map(item, WAITING).forEach((reference, value) -> {
            long ticket = Long.parseLong(value.n());
            waiting.add(new EventPlaces.Waiting(reference, ticket, (int) (ticket % TICKET_STEP)));
        });
        AttributeValue taken = item.get(TAKEN);
        return new EventPlaces(item.get(KEY).s(), taken == null ? 0 : Integer.parseInt(taken.n()), holders, waiting);
    }

    private static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasM() ? Map.of() : value.m();
    }
}
