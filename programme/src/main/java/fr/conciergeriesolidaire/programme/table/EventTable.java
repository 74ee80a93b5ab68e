package fr.conciergeriesolidaire.programme.table;

import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The events table (template.yaml's EventsTable): every write is one conditional put, so two people editing the
 * same event never overwrite each other silently, and an import run twice adds nothing.
 */
public final class EventTable {
    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final EventItemMapper mapper;

    public EventTable(DynamoDbClient dynamoDb, String tableName, EventItemMapper mapper) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.mapper = mapper;
    }

    /** Every event, read consistently (a build right after an edit sees it), in no particular order. */
    public List<StoredEvent> all() {
        List<StoredEvent> events = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            ScanRequest.Builder request =
                    ScanRequest.builder().tableName(tableName).consistentRead(true);
            if (startKey != null) {
                request.exclusiveStartKey(startKey);
            }
            ScanResponse page = dynamoDb.scan(request.build());
            page.items().forEach(item -> events.add(mapper.fromItem(item)));
            startKey =
                    page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return events;
    }

    /** The event of that slug as stored now (read consistently: a form shows what its change is conditional on). */
    public Optional<StoredEvent> find(String slug) {
        GetItemResponse response = dynamoDb.getItem(get -> get.tableName(tableName)
                .key(Map.of(EventItemMapper.KEY, AttributeValue.fromS(slug)))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(mapper.fromItem(response.item()))
                : Optional.empty();
    }

    public boolean isEmpty() {
        return dynamoDb.scan(request -> request.tableName(tableName).limit(1))
                .items()
                .isEmpty();
    }

    /**
     * Adds the event as version 1 unless its slug is taken.
     *
     * @return false when an event with that slug was already there (left as it was)
     */
    public boolean insertIfAbsent(ProgrammeEvent event, Instant now) {
        try {
            dynamoDb.putItem(put -> put.tableName(tableName)
                    .item(mapper.toItem(event, 1, now))
                    .conditionExpression("attribute_not_exists(#key)")
                    .expressionAttributeNames(Map.of("#key", EventItemMapper.KEY)));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    /**
     * Replaces the event if it is still at the version its author saw.
     *
     * @throws VersionConflictException if someone changed (or deleted) it since
     */
    public StoredEvent replace(ProgrammeEvent event, long seenVersion, Instant now) {
        long next = seenVersion + 1;
        try {
            dynamoDb.putItem(put -> put.tableName(tableName)
                    .item(mapper.toItem(event, next, now))
                    .conditionExpression("#version = :seen")
                    .expressionAttributeNames(Map.of("#version", EventItemMapper.VERSION))
                    .expressionAttributeValues(Map.of(":seen", AttributeValue.fromN(Long.toString(seenVersion)))));
            return new StoredEvent(event, next, now);
        } catch (ConditionalCheckFailedException changed) {
            throw new VersionConflictException(event.slug(), seenVersion);
        }
    }

    /** Every listed event starting from {@code from} on, earliest first (the back-office's programme). */
    public List<StoredEvent> startingFrom(Instant from) {
        return query(QueryRequest.builder()
                .indexName(EventItemMapper.UPCOMING_INDEX)
                .keyConditionExpression("#listing = :listed AND #start >= :from")
                .expressionAttributeNames(
                        Map.of("#listing", EventItemMapper.LISTING, "#start", EventItemMapper.STARTS_AT))
                .expressionAttributeValues(Map.of(
                        ":listed", AttributeValue.fromS(EventItemMapper.LISTED),
                        ":from", AttributeValue.fromS(from.toString()))));
    }

    /** One neighbourhood's events starting from {@code from} on, earliest first. */
    public List<StoredEvent> inNeighbourhoodFrom(String neighbourhood, Instant from) {
        return query(QueryRequest.builder()
                .indexName(EventItemMapper.NEIGHBOURHOOD_INDEX)
                .keyConditionExpression("#hood = :hood AND #start >= :from")
                .expressionAttributeNames(
                        Map.of("#hood", EventItemMapper.NEIGHBOURHOOD, "#start", EventItemMapper.STARTS_AT))
                .expressionAttributeValues(Map.of(
                        ":hood", AttributeValue.fromS(neighbourhood),
                        ":from", AttributeValue.fromS(from.toString()))));
    }

    private List<StoredEvent> query(QueryRequest.Builder request) {
        List<StoredEvent> events = new ArrayList<>();
        dynamoDb.queryPaginator(request.tableName(tableName).build())
                .items()
                .forEach(item -> events.add(mapper.fromItem(item)));
        return events;
    }
}
