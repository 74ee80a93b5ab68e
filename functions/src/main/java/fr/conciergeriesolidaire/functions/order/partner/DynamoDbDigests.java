package fr.conciergeriesolidaire.functions.order.partner;

import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.functions.order.PickupWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The digests in the table named by {@code PARTNER_DIGESTS_TABLE}, with their e-mail's delivery state on the item
 * ({@link DynamoDbOutbox}):
 *
 * <pre>
 * digestId   key              partnerId, counterId, date, opens, closes   the window
 * createdAt                   expiresAt  TTL: a month after the window
 * </pre>
 */
final class DynamoDbDigests implements Digests {
    static final String KEY = "digestId";
    /** Kept a month after its window, for the team to see what was sent. */
    private static final Duration KEPT = Duration.ofDays(30);

    private static final String PARTNER = "partnerId";
    private static final String COUNTER = "counterId";
    private static final String DATE = "date";
    private static final String OPENS = "opens";
    private static final String CLOSES = "closes";
    private static final String CREATED_AT = "createdAt";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ZoneId zone;
    private final Clock clock;

    DynamoDbDigests(DynamoDbClient dynamoDb, String table, ZoneId zone, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public boolean create(String partnerId, PickupWindow window, Instant now) {
        Map<String, AttributeValue> item =
                new HashMap<>(DynamoDbOutbox.initialAttributes(List.of(Digest.PARTNER), now, now));
        item.put(KEY, s(Digest.id(partnerId, window)));
        item.put(PARTNER, s(partnerId));
        item.put(COUNTER, s(window.counterId()));
        item.put(DATE, s(window.date().toString()));
        item.put(OPENS, s(window.opens().toString()));
        item.put(CLOSES, s(window.closes().toString()));
        item.put(CREATED_AT, s(Timestamps.format(now)));
        item.put(Expiry.ATTRIBUTE, Expiry.at(window.end().plus(KEPT)));
        try {
            DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#key)")
                    .expressionAttributeNames(Map.of("#key", KEY))));
            return true;
        } catch (ConditionalCheckFailedException madeAlready) {
            return false;
        }
    }

    @Override
    public Optional<Digest> find(String digestId) {
        return DynamoDbCalls.item(dynamoDb, table, KEY, digestId, clock.instant())
                .map(item -> new Digest(
                        Attributes.string(item, PARTNER),
                        new PickupWindow(
                                Attributes.string(item, COUNTER),
                                LocalDate.parse(Attributes.string(item, DATE)),
                                LocalTime.parse(Attributes.string(item, OPENS)),
                                LocalTime.parse(Attributes.string(item, CLOSES)),
                                zone),
                        DynamoDbOutbox.read(item)));
    }
}
