package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.ExclusivePut;
import fr.conciergeriesolidaire.functions.aws.IdempotentPut;
import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
    private final Retention retention;
    private final Duration sweeperGrace;
    private final Clock clock;

    /** @param sweeperGrace how long the sweeper leaves a new sign-up's e-mails to the stream notifier */
    DynamoDbSubscriptionStore(
            DynamoDbClient dynamoDb, String table, Retention retention, Duration sweeperGrace, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.put = new ExclusivePut(dynamoDb);
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
    public Placement place(SubscriptionRequest request, IdempotencyKey key, String site, Instant now) {
        var item =
                SubscriptionItemMapper.toItem(request, now, retention.subscriptionExpiry(now), now.plus(sweeperGrace));
        return placement(put.put(
                table,
                SubscriptionItemMapper.REFERENCE,
                key,
                site,
                SubscriptionItemMapper::isAwaitingReview,
                DuplicateSubmissionException::new,
                item,
                now));
    }

    @Override
    public Optional<StoredSubscription> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, SubscriptionItemMapper.REFERENCE, reference, clock.instant())
                .map(SubscriptionItemMapper::fromItem);
    }

    private static Placement placement(IdempotentPut.Outcome outcome) {
        return new Placement(SubscriptionItemMapper.fromItem(outcome.item()), outcome.created());
    }
}
