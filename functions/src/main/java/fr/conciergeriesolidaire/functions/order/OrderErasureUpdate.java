package fr.conciergeriesolidaire.functions.order;

import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** An {@link OrderErasing} as one conditional UpdateItem of the orders table. */
final class OrderErasureUpdate {
    /**
     * How long what is left of an erased order may wait for its partners' notices (the sweeper retries for about four
     * hours): past it, the item is absent to every read and DynamoDB's TTL deletes it.
     */
    static final Duration LEFTOVER_LIFETIME = Duration.ofDays(1);

    private final List<String> sets = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();

    private OrderErasureUpdate() {}

    static UpdateItemRequest of(String table, OrderErasing erasing, Instant now) {
        OrderErasureUpdate update = new OrderErasureUpdate();
        update.names.put("#version", OrderItemMapper.VERSION);
        update.values.put(":seen", n(erasing.seenVersion()));
        update.values.put(":one", n(1));
        update.sets.add("#version = #version + :one");
        update.set(OrderItemMapper.ERASED_AT, s(Timestamps.format(now)));
        update.set(Expiry.ATTRIBUTE, Expiry.at(now.plus(LEFTOVER_LIFETIME)));
        if (erasing.cancel()) {
            update.set(OrderItemMapper.STATUS, s(OrderStatus.CANCELLED.name()));
        }
        OrderItemMapper.PERSONAL_ATTRIBUTES.forEach(update::remove);
        for (String recipient : erasing.droppedDeliveries()) {
            update.removes.add(update.delivery(recipient));
        }
        for (int line : erasing.linesWithReason()) {
            update.removes.add(update.name("lines") + "[" + line + "]." + update.name(OrderItemMapper.LINE_REASON));
        }
        if (!erasing.notices().isEmpty()) {
            for (String recipient : erasing.notices()) {
                update.sets.add(update.delivery(recipient) + " = " + update.value(DynamoDbOutbox.pendingDelivery(now)));
            }
            // Due now: the erasure's own attempt sends them, or else the sweeper does.
            update.set(DynamoDbOutbox.DUE, s(DynamoDbOutbox.DUE_VALUE));
            update.set(DynamoDbOutbox.NEXT_ATTEMPT, s(Timestamps.format(now)));
        } else {
            // Nothing left to send (what was not sent is dropped): out of the sweeper's view, deleted at once.
            update.remove(DynamoDbOutbox.DUE);
            update.remove(DynamoDbOutbox.NEXT_ATTEMPT);
        }
        return UpdateItemRequest.builder()
                .tableName(table)
                .key(Map.of(OrderItemMapper.REFERENCE, s(erasing.reference())))
                .updateExpression(
                        "SET " + String.join(", ", update.sets) + " REMOVE " + String.join(", ", update.removes))
                .conditionExpression("#version = :seen")
                .expressionAttributeNames(update.names)
                .expressionAttributeValues(update.values)
                .build();
    }

    /** The path of one e-mail's state in the record's outbox. */
    private String delivery(String recipient) {
        names.put("#n", DynamoDbOutbox.NOTIFICATIONS);
        return "#n." + name(recipient);
    }

    private void set(String attribute, AttributeValue value) {
        sets.add(name(attribute) + " = " + value(value));
    }

    private void remove(String attribute) {
        removes.add(name(attribute));
    }

    private String name(String attribute) {
        String placeholder = "#a" + names.size();
        names.put(placeholder, attribute);
        return placeholder;
    }

    private String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }
}
