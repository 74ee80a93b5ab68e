package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The events table, read through the programme's own mapper; a slug that cannot be one costs no storage call. */
final class DynamoDbEvents implements Events {
    /** What an event's slug may be: the folder name of its page. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final EventItemMapper mapper;

    DynamoDbEvents(DynamoDbClient dynamoDb, String table, EventItemMapper mapper) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.mapper = mapper;
    }

    static boolean isSlug(String text) {
        return text != null && SLUG.matcher(text).matches();
    }

    @Override
    public Optional<StoredEvent> find(String slug) {
        if (!isSlug(slug)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = DynamoDbCalls.call(() -> dynamoDb.getItem(get -> get.tableName(table)
                        .key(Map.of(EventItemMapper.KEY, AttributeValue.fromS(slug)))
                        .consistentRead(true)))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(mapper.fromItem(item));
    }

    @Override
    public List<StoredEvent> startingFrom(Instant from) {
        return DynamoDbCalls.call(() -> new EventTable(dynamoDb, table, mapper).startingFrom(from));
    }
}
