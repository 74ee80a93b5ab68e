package fr.conciergeriesolidaire.functions.registration;

import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.programme.places.EventPlaces;
import fr.conciergeriesolidaire.programme.places.PlacesItem;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The places ledger on DynamoDB: each change one UpdateItem whose condition carries its whole precondition (the
 * capacity counted with, the places left, the registration's presence), returning the ledger as changed. Besides the
 * attributes of {@link PlacesItem}, the item keeps {@value #FOLLOWED}: the event as its registrations last followed it.
 */
final class DynamoDbPlacesLedger implements PlacesLedger {
    static final String FOLLOWED = "followed";

    private final DynamoDbClient dynamoDb;
    private final String table;

    DynamoDbPlacesLedger(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<Ledger> find(String event) {
        Map<String, AttributeValue> item = DynamoDbCalls.call(() -> dynamoDb.getItem(
                        get -> get.tableName(table).key(key(event)).consistentRead(true)))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ledger(item));
    }

    @Override
    public Ledger open(String event, Integer capacity, FollowedEvent followed, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(key(event));
        item.put(PlacesItem.TAKEN, n(0));
        item.put(PlacesItem.HOLDERS, Attributes.m(Map.of()));
        item.put(PlacesItem.WAITING, Attributes.m(Map.of()));
        item.put(PlacesItem.QUEUED, n(0));
        item.put(PlacesItem.EXPIRES_AT, Expiry.at(expiresAt));
        item.put(FOLLOWED, snapshot(followed));
        if (capacity != null) {
            item.put(PlacesItem.CAPACITY, n(capacity));
            item.put(PlacesItem.FREE, n(capacity));
        }
        try {
            DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#key)")
                    .expressionAttributeNames(Map.of("#key", PlacesItem.KEY))));
            return ledger(item);
        } catch (ConditionalCheckFailedException opened) {
            // Opened by a concurrent registration meanwhile: its ledger is the one.
            return find(event).orElseThrow(() -> new IllegalStateException("Ledger vanished: " + event));
        }
    }

    @Override
    public Optional<LedgerChange> take(String event, Integer capacity, String reference, int places) {
        Update update = new Update(event)
                .set("#holders.#ref = :places")
                .add("#taken :places")
                .condition("attribute_not_exists(#holders.#ref) AND attribute_not_exists(#waiting.#ref)")
                .condition("size(#waiting) = :zero")
                .value(":places", n(places))
                .value(":zero", n(0))
                .reference(reference);
        countingWith(update, capacity);
        if (capacity != null) {
            update.add("#free :minus").condition("#free >= :places").value(":minus", n(-places));
        }
        return update.apply().map(after -> LedgerChange.took(after, places));
    }

    @Override
    public Optional<LedgerChange> queue(String event, String reference, int places) {
        return new Update(event)
                .set("#waiting.#ref = #queued + :entry, #queued = #queued + :step")
                .condition("attribute_not_exists(#holders.#ref) AND attribute_not_exists(#waiting.#ref)")
                .value(":entry", n(PlacesItem.TICKET_STEP + places))
                .value(":step", n(PlacesItem.TICKET_STEP))
                .reference(reference)
                .apply()
                .map(after -> new LedgerChange(after, false));
    }

    @Override
    public Optional<LedgerChange> release(Ledger seen, String reference) {
        String event = seen.places().slug();
        if (seen.waits(reference)) {
            return new Update(event)
                    .remove("#waiting.#ref")
                    .condition("attribute_exists(#waiting.#ref)")
                    .reference(reference)
                    .apply()
                    .map(after -> new LedgerChange(after, false));
        }
        Integer places = seen.places().holders().get(reference);
        if (places == null) {
            return Optional.empty();
        }
        Update update = new Update(event)
                .remove("#holders.#ref")
                .add("#taken :minus")
                .condition("#holders.#ref = :places")
                .value(":places", n(places))
                .value(":minus", n(-places))
                .reference(reference);
        countingWith(update, seen.capacity());
        if (seen.capacity() != null) {
            update.add("#free :places");
        }
        return update.apply().map(after -> LedgerChange.took(after, -places));
    }

    @Override
    public Optional<LedgerChange> promote(String event, Integer capacity, EventPlaces.Waiting waiting) {
        Update update = new Update(event)
                .remove("#waiting.#ref")
                .set("#holders.#ref = :places")
                .add("#taken :places")
                .condition("#waiting.#ref = :ticket")
                .value(":ticket", n(waiting.ticket()))
                .value(":places", n(waiting.places()))
                .reference(waiting.reference());
        countingWith(update, capacity);
        if (capacity != null) {
            update.add("#free :minus").condition("#free >= :places").value(":minus", n(-waiting.places()));
        }
        return update.apply().map(after -> LedgerChange.took(after, waiting.places()));
    }

    @Override
    public Optional<LedgerChange> resize(Ledger seen, Integer capacity) {
        Update update = new Update(seen.places().slug()).condition("attribute_exists(#key)");
        countingWith(update, seen.capacity());
        if (capacity == null) {
            update.remove("#capacity, #free");
        } else {
            // The places left follow from the places taken, read by the update itself: never from a stale read.
            update.set("#capacity = :new, #free = :new - #taken").value(":new", n(capacity));
        }
        return update.apply().map(after -> new LedgerChange(after, after.isFull() != seen.isFull()));
    }

    @Override
    public void follow(String event, FollowedEvent followed, Instant expiresAt) {
        new Update(event)
                .set("#followed = :followed, #expires = :expires")
                .condition("attribute_exists(#key)")
                .condition("(attribute_not_exists(#followed) OR #followed.#version < :version)")
                .name("#followed", FOLLOWED)
                .name("#version", "version")
                .name("#expires", PlacesItem.EXPIRES_AT)
                .value(":followed", snapshot(followed))
                .value(":version", n(followed.version()))
                .value(":expires", Expiry.at(expiresAt))
                .apply();
    }

    private static AttributeValue snapshot(FollowedEvent followed) {
        return Attributes.m(Map.of(
                "version", n(followed.version()),
                "status", s(followed.status()),
                "start", s(Timestamps.format(followed.start())),
                "end", s(Timestamps.format(followed.end())),
                "place", s(followed.place())));
    }

    /** The ledger must count with the capacity the caller knows: the event's, or none. */
    private static void countingWith(Update update, Integer capacity) {
        if (capacity == null) {
            update.condition("attribute_not_exists(#capacity)");
        } else {
            update.condition("#capacity = :capacity").value(":capacity", n(capacity));
        }
    }

    private Map<String, AttributeValue> key(String event) {
        return Map.of(PlacesItem.KEY, s(event));
    }

    static Ledger ledger(Map<String, AttributeValue> item) {
        EventPlaces places = PlacesItem.fromItem(item);
        Map<String, AttributeValue> followed = Attributes.map(item, FOLLOWED);
        return new Ledger(
                places,
                number(item, PlacesItem.CAPACITY),
                number(item, PlacesItem.FREE),
                followed.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new FollowedEvent(
                                Attributes.number(followed, "version"),
                                Attributes.string(followed, "status"),
                                Timestamps.parse(Attributes.string(followed, "start")),
                                Timestamps.parse(Attributes.string(followed, "end")),
                                Attributes.string(followed, "place"))));
    }

    private static Integer number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Integer.valueOf(value.n());
    }

    /** One conditional UpdateItem on an event's ledger, written clause by clause; every name is aliased. */
    private final class Update {
        private final String event;
        private final StringBuilder sets = new StringBuilder();
        private final StringBuilder adds = new StringBuilder();
        private final StringBuilder removes = new StringBuilder();
        private final StringBuilder conditions = new StringBuilder();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, AttributeValue> values = new HashMap<>();

        Update(String event) {
            this.event = event;
            names.put("#key", PlacesItem.KEY);
            names.put("#capacity", PlacesItem.CAPACITY);
            names.put("#free", PlacesItem.FREE);
            names.put("#taken", PlacesItem.TAKEN);
            names.put("#holders", PlacesItem.HOLDERS);
            names.put("#waiting", PlacesItem.WAITING);
            names.put("#queued", PlacesItem.QUEUED);
        }

        Update set(String clause) {
            return append(sets, ", ", clause);
        }

        Update add(String clause) {
            return append(adds, ", ", clause);
        }

        Update remove(String clause) {
            return append(removes, ", ", clause);
        }

        Update condition(String clause) {
            return append(conditions, " AND ", clause);
        }

        Update name(String placeholder, String name) {
            names.put(placeholder, name);
            return this;
        }

        Update value(String placeholder, AttributeValue value) {
            values.put(placeholder, value);
            return this;
        }

        Update reference(String reference) {
            return name("#ref", reference);
        }

        /** The ledger as changed, or empty when the condition did not hold. */
        Optional<Ledger> apply() {
            StringBuilder expression = new StringBuilder();
            clause(expression, "SET ", sets);
            clause(expression, "ADD ", adds);
            clause(expression, "REMOVE ", removes);
            String condition = conditions.toString();
            String all = expression + " " + condition;
            // DynamoDB refuses placeholders an expression does not use.
            names.keySet().removeIf(placeholder -> !uses(all, placeholder));
            UpdateItemRequest request = UpdateItemRequest.builder()
                    .tableName(table)
                    .key(key(event))
                    .updateExpression(expression.toString().strip())
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values.isEmpty() ? null : values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .build();
            try {
                return Optional.of(ledger(
                        DynamoDbCalls.call(() -> dynamoDb.updateItem(request)).attributes()));
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                return Optional.empty();
            }
        }

        private Update append(StringBuilder clauses, String separator, String clause) {
            if (clauses.length() > 0) {
                clauses.append(separator);
            }
            clauses.append(clause);
            return this;
        }

        private static void clause(StringBuilder expression, String keyword, StringBuilder clauses) {
            if (clauses.length() > 0) {
                expression.append(keyword).append(clauses).append(' ');
            }
        }

        private static boolean uses(String expression, String placeholder) {
            return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(placeholder) + "(?![A-Za-z0-9_])")
                    .matcher(expression)
                    .find();
        }
    }
}
