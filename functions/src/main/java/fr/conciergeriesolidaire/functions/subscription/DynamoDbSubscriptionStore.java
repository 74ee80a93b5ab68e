package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.EmailIndex;
import fr.conciergeriesolidaire.functions.aws.ExclusivePut;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.IdempotentPut;
import fr.conciergeriesolidaire.functions.aws.VersionedUpdate;
import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Sign-ups in the table named by {@code SUBSCRIPTIONS_TABLE}, keyed by reference ({@link SubscriptionItemMapper}).
 * One establishment's site has a row of references of its own ({@link ExclusivePut}): a sign-up goes into the next
 * one unless an earlier one is still awaiting review. A sign-up past its retention is absent, even before DynamoDB's
 * TTL deletes it.
 */
final class DynamoDbSubscriptionStore implements SubscriptionStore {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ExclusivePut put;
    private final EmailIndex byEmail;
    private final Retention retention;
    private final Duration sweeperGrace;
    private final Clock clock;

    /** @param sweeperGrace how long the sweeper leaves a new sign-up's e-mails to the stream notifier */
    DynamoDbSubscriptionStore(
            DynamoDbClient dynamoDb, String table, Retention retention, Duration sweeperGrace, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.put = new ExclusivePut(dynamoDb);
        this.byEmail = new EmailIndex(dynamoDb, table, SubscriptionItemMapper.REFERENCE);
        this.retention = retention;
        this.sweeperGrace = sweeperGrace;
        this.clock = clock;
    }

    @Override
    public Optional<Placement> replay(IdempotencyKey key, String site, Instant now) {
        return put.find(table, SubscriptionItemMapper.REFERENCE, key, site, now)
                .map(DynamoDbSubscriptionStore::placement);
    }

    @Override
    public Placement place(
            SubscriptionRequest request, IdempotencyKey key, String site, String emailHash, Instant now) {
        var item = SubscriptionItemMapper.toItem(
                request, emailHash, now, retention.subscriptionExpiry(now), now.plus(sweeperGrace));
        return placement(put.put(
                table,
                SubscriptionItemMapper.REFERENCE,
                key,
                site,
                SubscriptionItemMapper::holdsTheSite,
                DuplicateSubmissionException::new,
                item,
                now));
    }

    @Override
    public Optional<StoredSubscription> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, SubscriptionItemMapper.REFERENCE, reference, clock.instant())
                .map(SubscriptionItemMapper::fromItem);
    }

    @Override
    public StoredSubscription change(SignUpChange change) {
        VersionedUpdate update =
                new VersionedUpdate(change.seenVersion(), SubscriptionItemMapper.event(change.event()));
        change.status().ifPresent(status -> update.set(Attributes.s(status.name()), SubscriptionItemMapper.STATUS));
        change.terms().ifPresent(terms -> SubscriptionItemMapper.terms(terms, update));
        change.note().ifPresent(note -> update.append(SubscriptionItemMapper.note(note), SubscriptionItemMapper.NOTES));
        try {
            return SubscriptionItemMapper.fromItem(DynamoDbCalls.call(() -> dynamoDb.updateItem(update.request(
                            table, Map.of(SubscriptionItemMapper.REFERENCE, AttributeValue.fromS(change.reference())))))
                    .attributes());
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            throw new VersionConflictException();
        }
    }

    @Override
    public List<StoredSubscription> holding(String emailHash) {
        return byEmail.records(emailHash, this::find);
    }

    @Override
    public boolean delete(String reference, String emailHash) {
        return byEmail.deleteHolding(reference, emailHash);
    }

    @Override
    public List<StoredSubscription> withStatus(SignUpStatus status) {
        Instant now = clock.instant();
        List<StoredSubscription> signUps = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                    .indexName(SubscriptionItemMapper.BY_STATUS)
                    .keyConditionExpression("#status = :status")
                    .expressionAttributeNames(Map.of("#status", SubscriptionItemMapper.STATUS))
                    .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status.name())))
                    .exclusiveStartKey(from)));
            page.items().stream()
                    .filter(item -> !Expiry.hasPassed(item, now))
                    .map(SubscriptionItemMapper::fromItem)
                    .forEach(signUps::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return signUps;
    }

    private static Placement placement(IdempotentPut.Outcome outcome) {
        return new Placement(SubscriptionItemMapper.fromItem(outcome.item()), outcome.created());
    }
}
