package fr.conciergeriesolidaire.functions.registration;

import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.functions.forms.SubmissionLimitReachedException;
import fr.conciergeriesolidaire.functions.outbox.DeliveryState;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Registrations in the DynamoDB table named by {@code REGISTRATIONS_TABLE}, keyed by reference ({@link
 * RegistrationItemMapper}); their e-mails in the item's own outbox ({@code aws.DynamoDbOutbox}). A registration past its
 * retention is absent, even before DynamoDB's TTL deletes it.
 */
final class DynamoDbRegistrationStore implements RegistrationStore {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Duration sweeperGrace;
    private final Clock clock;

    /** @param sweeperGrace how long the sweeper leaves a new or cancelled registration to the request that made it */
    DynamoDbRegistrationStore(DynamoDbClient dynamoDb, String table, Duration sweeperGrace, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.sweeperGrace = sweeperGrace;
        this.clock = clock;
    }

    @Override
    public Placement place(NewRegistration registration, Instant now) {
        for (NewRegistration.Candidate candidate : registration.candidates()) {
            String reference = candidate.reference();
            Map<String, AttributeValue> item = RegistrationItemMapper.toItem(
                    registration, reference, candidate.cancelKey(), now, now.plus(sweeperGrace));
            try {
                DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table)
                        .item(item)
                        .conditionExpression("attribute_not_exists(#key)")
                        .expressionAttributeNames(Map.of("#key", RegistrationItemMapper.REFERENCE))));
                return new Placement(RegistrationItemMapper.fromItem(item), true);
            } catch (ConditionalCheckFailedException taken) {
                Optional<Registration> existing = find(reference);
                if (existing.isPresent() && isLiveOf(existing.get(), registration.personKey())) {
                    return new Placement(existing.get(), false);
                }
                // A cancelled registration of theirs, or (very rarely) another person's reference: the next one.
            }
        }
        throw new SubmissionLimitReachedException();
    }

    @Override
    public Optional<Registration> live(String personKey, List<String> references) {
        for (String reference : references) {
            Optional<Registration> existing = find(reference);
            if (existing.isEmpty()) {
                return Optional.empty();
            }
            if (isLiveOf(existing.get(), personKey)) {
                return existing;
            }
        }
        return Optional.empty();
    }

    private static boolean isLiveOf(Registration registration, String personKey) {
        return registration.personKey().equals(personKey) && registration.status() != RegistrationStatus.CANCELLED;
    }

    @Override
    public Optional<Registration> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, RegistrationItemMapper.REFERENCE, reference, clock.instant())
                .map(RegistrationItemMapper::fromItem);
    }

    @Override
    public Registration confirm(String reference, Instant now) {
        Optional<Registration> promoted = new Change(reference, now)
                .from(RegistrationStatus.WAITING)
                .to(RegistrationStatus.CONFIRMED)
                .set(RegistrationItemMapper.CONFIRMED_AT, s(Timestamps.format(now)))
                .send(Recipients.PROMOTED)
                .apply();
        if (promoted.isPresent()) {
            return promoted.get();
        }
        return new Change(reference, now)
                .from(RegistrationStatus.PENDING)
                .to(RegistrationStatus.CONFIRMED)
                .set(RegistrationItemMapper.CONFIRMED_AT, s(Timestamps.format(now)))
                .send(Recipients.CONFIRMED)
                .apply()
                .orElseGet(() -> current(reference));
    }

    @Override
    public Registration waitFor(String reference, int position, Instant now) {
        return new Change(reference, now)
                .from(RegistrationStatus.PENDING)
                .to(RegistrationStatus.WAITING)
                .set(RegistrationItemMapper.JOINED_AT, n(position))
                .send(Recipients.WAITING)
                .apply()
                .orElseGet(() -> current(reference));
    }

    @Override
    public Registration cancel(Registration seen, Instant now) {
        Change change = new Change(seen.reference(), now)
                .version(seen.version())
                .to(RegistrationStatus.CANCELLED)
                .set(RegistrationItemMapper.CANCELLED_AT, s(Timestamps.format(now)))
                // The sweeper looks again after the grace: the places go back even if this request stops short.
                .sweepAt(now.plus(sweeperGrace));
        seen.deliveries().values().stream()
                .filter(delivery -> delivery.state() == DeliveryState.PENDING)
                .forEach(delivery -> change.drop(delivery.recipient()));
        return change.apply().orElseThrow(VersionConflictException::new);
    }

    @Override
    public boolean notify(String reference, String recipient, boolean alsoWaiting, Instant now) {
        Change change =
                new Change(reference, now).send(recipient).unlessSent(recipient).keepVersion();
        if (alsoWaiting) {
            change.fromEither(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING);
        } else {
            change.from(RegistrationStatus.CONFIRMED);
        }
        return change.apply().isPresent();
    }

    @Override
    public Registration markAttendance(
            String reference, long seenVersion, boolean attended, String memberId, Instant now) {
        Optional<Registration> marked = new Change(reference, now)
                .version(seenVersion)
                .from(RegistrationStatus.CONFIRMED)
                .set(RegistrationItemMapper.ATTENDED, AttributeValue.fromBool(attended))
                .set(RegistrationItemMapper.ATTENDANCE_BY, s(memberId))
                .set(RegistrationItemMapper.ATTENDANCE_AT, s(Timestamps.format(now)))
                .apply();
        if (marked.isPresent()) {
            return marked.get();
        }
        Registration current = find(reference).orElseThrow(NoSuchRecordException::new);
        if (current.version() != seenVersion) {
            throw new VersionConflictException();
        }
        throw new ChangeRefusedException("registration.attendance.notConfirmed");
    }

    @Override
    public void watch(String reference, Instant at) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                    .key(key(reference))
                    .updateExpression("SET #due = :due, #next = if_not_exists(#next, :at)")
                    .conditionExpression("attribute_exists(#key)")
                    .expressionAttributeNames(Map.of(
                            "#due", DynamoDbOutbox.DUE,
                            "#next", DynamoDbOutbox.NEXT_ATTEMPT,
                            "#key", RegistrationItemMapper.REFERENCE))
                    .expressionAttributeValues(
                            Map.of(":due", s(DynamoDbOutbox.DUE_VALUE), ":at", s(Timestamps.format(at))))));
        } catch (ConditionalCheckFailedException gone) {
            // Expired or erased meanwhile: nothing to follow.
        }
    }

    @Override
    public void expireAt(String reference, Instant expiresAt) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                    .key(key(reference))
                    .updateExpression("SET #expires = :expires")
                    .conditionExpression("attribute_exists(#key)")
                    .expressionAttributeNames(
                            Map.of("#expires", Expiry.ATTRIBUTE, "#key", RegistrationItemMapper.REFERENCE))
                    .expressionAttributeValues(Map.of(":expires", Expiry.at(expiresAt)))));
        } catch (ConditionalCheckFailedException gone) {
            // Erased meanwhile: nothing left to keep.
        }
    }

    @Override
    public List<Registration> ofEvent(String event) {
        Instant now = clock.instant();
        List<Registration> registrations = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                    .indexName(RegistrationItemMapper.BY_EVENT)
                    .keyConditionExpression("#event = :event")
                    .expressionAttributeNames(Map.of("#event", RegistrationItemMapper.EVENT))
                    .expressionAttributeValues(Map.of(":event", s(event)))
                    .exclusiveStartKey(from)));
            page.items().stream()
                    .filter(item -> !Expiry.hasPassed(item, now))
                    .map(RegistrationItemMapper::fromItem)
                    .forEach(registrations::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return registrations;
    }

    private Registration current(String reference) {
        return find(reference).orElseThrow(NoSuchRecordException::new);
    }

    private static Map<String, AttributeValue> key(String reference) {
        return Map.of(RegistrationItemMapper.REFERENCE, s(reference));
    }

    /**
     * One conditional UpdateItem of a registration: the status it must have (or the version), what it sets, the
     * e-mails it adds to the outbox (with the registration back in the sweeper's index), the version moved on.
     */
    private final class Change {
        private final String reference;
        private final Instant now;
        private final List<String> sets = new ArrayList<>();
        private final List<String> removes = new ArrayList<>();
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, AttributeValue> values = new HashMap<>();
        private boolean keepVersion;
        /** When the sweeper should look at it, if the change gives it something to do. */
        private Instant sweepAt;

        Change(String reference, Instant now) {
            this.reference = reference;
            this.now = now;
            names.put("#key", RegistrationItemMapper.REFERENCE);
            conditions.add("attribute_exists(#key)");
        }

        Change from(RegistrationStatus status) {
            return fromEither(status);
        }

        Change fromEither(RegistrationStatus... statuses) {
            names.put("#status", RegistrationItemMapper.STATUS);
            List<String> alternatives = new ArrayList<>();
            for (RegistrationStatus status : statuses) {
                String placeholder = ":from" + status.ordinal();
                values.put(placeholder, s(status.name()));
                alternatives.add("#status = " + placeholder);
            }
            conditions.add("(" + String.join(" OR ", alternatives) + ")");
            return this;
        }

        Change to(RegistrationStatus status) {
            names.put("#status", RegistrationItemMapper.STATUS);
            values.put(":to", s(status.name()));
            sets.add("#status = :to");
            return this;
        }

        Change version(long seen) {
            names.put("#version", RegistrationItemMapper.VERSION);
            values.put(":seen", n(seen));
            conditions.add("#version = :seen");
            return this;
        }

        Change keepVersion() {
            keepVersion = true;
            return this;
        }

        Change set(String attribute, AttributeValue value) {
            String name = "#a" + names.size();
            String placeholder = ":v" + values.size();
            names.put(name, attribute);
            values.put(placeholder, value);
            sets.add(name + " = " + placeholder);
            return this;
        }

        /** Adds an e-mail due now to the outbox, and the registration to the sweeper's index. */
        Change send(String recipient) {
            String name = outboxEntry(recipient);
            String placeholder = ":pending" + values.size();
            values.put(placeholder, DynamoDbOutbox.pendingDelivery(now));
            sets.add("#n." + name + " = " + placeholder);
            // Due now: the caller's own attempt sends it, or the stream's, or else the sweeper.
            return sweepAt(now);
        }

        Change unlessSent(String recipient) {
            conditions.add("attribute_not_exists(#n." + outboxEntry(recipient) + ")");
            return this;
        }

        /** Takes an e-mail not yet sent out of the outbox. */
        Change drop(String recipient) {
            removes.add("#n." + outboxEntry(recipient));
            return this;
        }

        Change sweepAt(Instant at) {
            sweepAt = sweepAt == null || at.isBefore(sweepAt) ? at : sweepAt;
            return this;
        }

        private String outboxEntry(String recipient) {
            names.put("#n", DynamoDbOutbox.NOTIFICATIONS);
            for (Map.Entry<String, String> name : names.entrySet()) {
                if (name.getValue().equals(recipient) && name.getKey().startsWith("#r")) {
                    return name.getKey();
                }
            }
            String name = "#r" + names.size();
            names.put(name, recipient);
            return name;
        }

        /** The registration as changed, or empty when its condition did not hold. */
        Optional<Registration> apply() {
            if (!keepVersion) {
                names.put("#version", RegistrationItemMapper.VERSION);
                values.put(":one", n(1));
                sets.add("#version = #version + :one");
            }
            if (sweepAt != null) {
                names.put("#due", DynamoDbOutbox.DUE);
                names.put("#next", DynamoDbOutbox.NEXT_ATTEMPT);
                values.put(":due", s(DynamoDbOutbox.DUE_VALUE));
                values.put(":sweepAt", s(Timestamps.format(sweepAt)));
                sets.add("#due = :due");
                sets.add("#next = :sweepAt");
            }
            String expression = "SET " + String.join(", ", sets)
                    + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
            UpdateItemRequest request = UpdateItemRequest.builder()
                    .tableName(table)
                    .key(key(reference))
                    .updateExpression(expression)
                    .conditionExpression(String.join(" AND ", conditions))
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .build();
            try {
                return Optional.of(RegistrationItemMapper.fromItem(
                        DynamoDbCalls.call(() -> dynamoDb.updateItem(request)).attributes()));
            } catch (ConditionalCheckFailedException notAsExpected) {
                return Optional.empty();
            }
        }
    }
}
