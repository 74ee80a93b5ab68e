package fr.conciergeriesolidaire.programme.places;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Reads the places table: the places of one event (for the check that a new capacity still holds the places taken),
 * or of every event (for a build of the site, which shows an event as full when its places are all taken).
 */
public final class PlacesTable {
    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public PlacesTable(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /** The places of that event as stored now (read consistently); none taken when nobody registered. */
    public EventPlaces of(String slug) {
        GetItemResponse response = dynamoDb.getItem(get -> get.tableName(tableName)
                .key(Map.of(PlacesItem.KEY, AttributeValue.fromS(slug)))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? PlacesItem.fromItem(response.item())
                : EventPlaces.none(slug);
    }

    /** The places of every event with registrations, by slug (read consistently: a build right after a change sees it). */
    public Map<String, EventPlaces> all() {
        Map<String, EventPlaces> places = new HashMap<>();
        dynamoDb.scanPaginator(scan -> scan.tableName(tableName).consistentRead(true))
                .items()
                .forEach(item -> {
                    EventPlaces event = PlacesItem.fromItem(item);
                    places.put(event.slug(), event);
                });
        return places;
    }
}
