package fr.conciergeriesolidaire.functions.order;

import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The partners' orders in the table named by {@code PARTNER_LINES_TABLE}, one item per (partner, order):
 *
 * <pre>
 * partnerId  key          slot       sort key: drop-off instant # reference (time order, one per order)
 * reference, counterId    expiresAt  TTL, the order's
 * </pre>
 *
 * A table rather than an index on the orders: an order with three partners is three items, and the digest reads what
 * the notifier recorded just before with a strongly consistent query, which an index cannot give.
 */
final class DynamoDbPartnerLines implements PartnerLines {
    static final String PARTNER = "partnerId";
    static final String SLOT = "slot";
    private static final String REFERENCE = "reference";
    private static final String COUNTER = "counterId";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Clock clock;

    DynamoDbPartnerLines(DynamoDbClient dynamoDb, String table, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public void record(PartnerLine line) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PARTNER, s(line.partnerId()));
        item.put(SLOT, s(slot(line.slotStart(), line.reference())));
        item.put(REFERENCE, s(line.reference()));
        item.put(COUNTER, s(line.counterId()));
        item.put(Expiry.ATTRIBUTE, Expiry.at(line.expiresAt()));
        // The same item each time for the same order and partner: a second put is a no-op.
        DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table).item(item)));
    }

    @Override
    public void forget(String partnerId, Instant slotStart, String reference) {
        DynamoDbCalls.call(() -> dynamoDb.deleteItem(delete ->
                delete.tableName(table).key(Map.of(PARTNER, s(partnerId), SLOT, s(slot(slotStart, reference))))));
    }

    /** The sort key: drop-off instant, then the reference (one item per order and partner). */
    private static String slot(Instant slotStart, String reference) {
        return Timestamps.format(slotStart) + "#" + reference;
    }

    @Override
    public List<PartnerLine> of(String partnerId, Instant from, Instant to) {
        Instant now = clock.instant();
        List<PartnerLine> lines = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse page = DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("#partner = :partner AND #slot BETWEEN :from AND :to")
                    .expressionAttributeNames(Map.of("#partner", PARTNER, "#slot", SLOT))
                    .expressionAttributeValues(Map.of(
                            ":partner", s(partnerId),
                            ":from", s(Timestamps.format(from)),
                            // Keys are "<instant>#<reference>": every key of an earlier instant sorts before this one.
                            ":to", s(Timestamps.format(to))))
                    .exclusiveStartKey(exclusiveStart)));
            page.items().stream()
                    .filter(item -> !Expiry.hasPassed(item, now))
                    .map(DynamoDbPartnerLines::line)
                    .forEach(lines::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return lines;
    }

    private static PartnerLine line(Map<String, AttributeValue> item) {
        String slot = Attributes.string(item, SLOT);
        return new PartnerLine(
                Attributes.string(item, PARTNER),
                Attributes.string(item, REFERENCE),
                Attributes.string(item, COUNTER),
                Timestamps.parse(slot.substring(0, slot.indexOf('#'))),
                Instant.ofEpochSecond(Attributes.number(item, Expiry.ATTRIBUTE)));
    }
}
