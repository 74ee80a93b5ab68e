package fr.conciergeriesolidaire.functions.aws;

import static fr.conciergeriesolidaire.functions.aws.Attributes.m;
import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryState;
import fr.conciergeriesolidaire.functions.outbox.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The delivery states kept ON the record's item (no separate outbox table, so a record and its e-mails to
 * send are written by one PutItem). Every change is a conditional UpdateItem:
 *
 * <pre>
 * notifications: { "&lt;recipient&gt;": { state, attempts, nextAttemptAt, leaseUntil?, claim?, sentAt? } }
 * notificationsDue: "due"      present while any e-mail is not settled (sparse index key)
 * nextAttemptAt: ISO instant   when the sweeper should look again (index sort key)
 * needsAttention: true         once an e-mail was given up
 * </pre>
 */
public final class DynamoDbOutbox implements Outbox {
    public static final String DUE_INDEX = "notifications-due";
    public static final String NOTIFICATIONS = "notifications";
    public static final String DUE = "notificationsDue";
    public static final String DUE_VALUE = "due";
    public static final String NEXT_ATTEMPT = "nextAttemptAt";
    static final String NEEDS_ATTENTION = "needsAttention";

    private static final String STATE = "state";
    private static final String ATTEMPTS = "attempts";
    private static final String LEASE = "leaseUntil";
    private static final String CLAIM = "claim";
    private static final String SENT_AT = "sentAt";
    /** On a delivery: what the mail service said after accepting it ({kind, at}), when it could not deliver. */
    private static final String UNDELIVERED = "undelivered";

    private static final String CLAIM_UPDATE =
            "SET #n.#r.#state = :sending, #n.#r.#lease = :lease, #n.#r.#claim = :claim ADD #n.#r.#attempts :one";
    private static final String CLAIM_CONDITION = "(#n.#r.#state = :pending AND #n.#r.#next <= :now)"
            + " OR (#n.#r.#state = :sending AND #n.#r.#lease < :now)";
    private static final String RELEASE_CONDITION = "#n.#r.#claim = :claim";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String keyAttribute;

    public DynamoDbOutbox(DynamoDbClient dynamoDb, String table, String keyAttribute) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.keyAttribute = keyAttribute;
    }

    /** Attributes to add to a new record: every recipient pending now, the sweeper looking at {@code sweepAt}. */
    public static Map<String, AttributeValue> initialAttributes(List<String> recipients, Instant now, Instant sweepAt) {
        Map<String, AttributeValue> deliveries = new LinkedHashMap<>();
        recipients.forEach(recipient -> deliveries.put(recipient, pending(now)));
        Map<String, AttributeValue> attributes = new HashMap<>();
        attributes.put(NOTIFICATIONS, m(deliveries));
        attributes.put(DUE, s(DUE_VALUE));
        attributes.put(NEXT_ATTEMPT, s(Timestamps.format(sweepAt)));
        return attributes;
    }

    /** The delivery states read from a stored item. */
    public static Map<String, Delivery> read(Map<String, AttributeValue> item) {
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        Attributes.map(item, NOTIFICATIONS).forEach((recipient, value) -> {
            Map<String, AttributeValue> fields = value.m();
            deliveries.put(
                    recipient,
                    new Delivery(
                            recipient,
                            DeliveryState.valueOf(Attributes.string(fields, STATE)),
                            (int) Attributes.number(fields, ATTEMPTS),
                            Timestamps.parse(Attributes.string(fields, NEXT_ATTEMPT)),
                            Attributes.optionalString(fields, LEASE).map(Timestamps::parse),
                            Attributes.optionalString(fields, SENT_AT).map(Timestamps::parse)));
        });
        return deliveries;
    }

    public static boolean needsAttention(Map<String, AttributeValue> item) {
        AttributeValue flag = item.get(NEEDS_ATTENTION);
        return flag != null && Boolean.TRUE.equals(flag.bool());
    }

    /** A new e-mail to send, due at {@code due}, as a change of a record adds it (with the record back in the index). */
    public static AttributeValue pendingDelivery(Instant due) {
        return pending(due);
    }

    private static AttributeValue pending(Instant due) {
        return m(Map.of(
                STATE, s(DeliveryState.PENDING.name()), ATTEMPTS, n(0), NEXT_ATTEMPT, s(Timestamps.format(due))));
    }

    /**
     * Takes one e-mail for sending, if it is still due: pending and due, or held by a sender whose lease ran
     * out. Returns the attempt number, or empty if another sender has it or it is settled.
     */
    @Override
    public Optional<Integer> claim(String key, String recipient, String claim, Instant now, Instant leaseUntil) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":sending", s(DeliveryState.SENDING.name()));
        values.put(":pending", s(DeliveryState.PENDING.name()));
        values.put(":now", s(Timestamps.format(now)));
        values.put(":lease", s(Timestamps.format(leaseUntil)));
        values.put(":claim", s(claim));
        values.put(":one", n(1));
        try {
            Map<String, AttributeValue> updated = DynamoDbCalls.call(
                            () -> dynamoDb.updateItem(update -> update.tableName(table)
                                    .key(key(key))
                                    .updateExpression(CLAIM_UPDATE)
                                    .conditionExpression(CLAIM_CONDITION)
                                    .expressionAttributeNames(names(recipient, CLAIM_UPDATE, CLAIM_CONDITION))
                                    .expressionAttributeValues(values)
                                    .returnValues(ReturnValue.ALL_NEW)))
                    .attributes();
            return Optional.of((int) Attributes.number(
                    Attributes.map(updated, NOTIFICATIONS).get(recipient).m(), ATTEMPTS));
        } catch (ConditionalCheckFailedException notDue) {
            return Optional.empty();
        }
    }

    /** Records the send, if our claim still holds. Returns false if another sender took over meanwhile. */
    @Override
    public boolean markSent(String key, String recipient, String claim, Instant now) {
        return release(
                key,
                recipient,
                claim,
                "SET #n.#r.#state = :state, #n.#r.#sentAt = :now REMOVE #n.#r.#lease, #n.#r.#claim",
                Map.of(":state", s(DeliveryState.SENT.name()), ":now", s(Timestamps.format(now))));
    }

    /** Puts the e-mail back to pending until {@code nextAttemptAt}. */
    @Override
    public boolean retryLater(String key, String recipient, String claim, Instant nextAttemptAt) {
        return release(
                key,
                recipient,
                claim,
                "SET #n.#r.#state = :state, #n.#r.#next = :next REMOVE #n.#r.#lease, #n.#r.#claim",
                Map.of(":state", s(DeliveryState.PENDING.name()), ":next", s(Timestamps.format(nextAttemptAt))));
    }

    /** Gives the e-mail up, flags the record and adds an alert to the team (once) as a new pending e-mail. */
    @Override
    public boolean giveUp(String key, String recipient, String claim, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":state", s(DeliveryState.FAILED.name()));
        values.put(":true", AttributeValue.fromBool(true));
        String expression = "SET #n.#r.#state = :state, " + NEEDS_ATTENTION + " = :true";
        if (!ALERT.equals(recipient)) {
            values.put(":alert", pending(now));
            expression += ", #n.#alert = if_not_exists(#n.#alert, :alert)";
        }
        return release(key, recipient, claim, expression + " REMOVE #n.#r.#lease, #n.#r.#claim", values);
    }

    @Override
    public boolean recordUndelivered(String key, String recipient, String what, Instant at) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":what", m(Map.of("kind", s(what), "at", s(Timestamps.format(at)))));
        values.put(":true", AttributeValue.fromBool(true));
        Map<String, String> names = Map.of("#n", NOTIFICATIONS, "#r", recipient, "#u", UNDELIVERED);
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                    .key(key(key))
                    .updateExpression("SET #n.#r.#u = :what, " + NEEDS_ATTENTION + " = :true")
                    .conditionExpression("attribute_exists(#n.#r)")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    private boolean release(
            String key, String recipient, String claim, String expression, Map<String, AttributeValue> extraValues) {
        Map<String, AttributeValue> values = new HashMap<>(extraValues);
        values.put(":claim", s(claim));
        Map<String, String> names = names(recipient, expression, RELEASE_CONDITION);
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                    .key(key(key))
                    .updateExpression(expression)
                    .conditionExpression(RELEASE_CONDITION)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)));
            return true;
        } catch (ConditionalCheckFailedException lostClaim) {
            return false;
        }
    }

    /**
     * Keeps the record in the sweeper's index while an e-mail is unsettled (woken at the earliest due time),
     * and takes it out once all are sent or given up. Called after each pass, from a fresh read.
     */
    @Override
    public void settle(String key, Map<String, Delivery> deliveries) {
        Optional<Instant> wakeUp = deliveries.values().stream()
                .map(Delivery::wakeUp)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        Map<String, String> names = new HashMap<>(Map.of("#key", keyAttribute, "#due", DUE, "#next", NEXT_ATTEMPT));
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> {
                update.tableName(table)
                        .key(key(key))
                        .conditionExpression("attribute_exists(#key)")
                        .expressionAttributeNames(names);
                if (wakeUp.isPresent()) {
                    update.updateExpression("SET #due = :due, #next = :next")
                            .expressionAttributeValues(
                                    Map.of(":due", s(DUE_VALUE), ":next", s(Timestamps.format(wakeUp.get()))));
                } else {
                    update.updateExpression("REMOVE #due, #next");
                }
            }));
        } catch (ConditionalCheckFailedException gone) {
            // The record expired or was erased meanwhile: nothing left to settle.
        }
    }

    /** Keys of records with an e-mail due at {@code now}, oldest first, at most {@code limit}. */
    @Override
    public List<String> due(Instant now, int limit) {
        List<String> keys = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse page = DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                    .indexName(DUE_INDEX)
                    .keyConditionExpression("#due = :due AND #next <= :now")
                    .expressionAttributeNames(Map.of("#due", DUE, "#next", NEXT_ATTEMPT))
                    .expressionAttributeValues(Map.of(":due", s(DUE_VALUE), ":now", s(Timestamps.format(now))))
                    .limit(limit - keys.size())
                    .exclusiveStartKey(exclusiveStart)));
            page.items().forEach(item -> keys.add(Attributes.string(item, keyAttribute)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && keys.size() < limit);
        return keys;
    }

    private Map<String, AttributeValue> key(String key) {
        return Map.of(keyAttribute, s(key));
    }

    /** The placeholders used by these expressions (DynamoDB refuses unused ones). */
    private static Map<String, String> names(String recipient, String... expressions) {
        Map<String, String> all = allNames(recipient);
        String used = String.join(" ", expressions);
        Map<String, String> names = new HashMap<>();
        all.forEach((placeholder, name) -> {
            if (Pattern.compile(placeholder + "(?![A-Za-z0-9_])").matcher(used).find()) {
                names.put(placeholder, name);
            }
        });
        return names;
    }

    private static Map<String, String> allNames(String recipient) {
        Map<String, String> names = new HashMap<>();
        names.put("#alert", ALERT);
        names.put("#n", NOTIFICATIONS);
        names.put("#r", recipient);
        names.put("#state", STATE);
        names.put("#attempts", ATTEMPTS);
        names.put("#lease", LEASE);
        names.put("#claim", CLAIM);
        names.put("#next", NEXT_ATTEMPT);
        names.put("#sentAt", SENT_AT);
        return names;
    }
}
