package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.config.AwsParts;
import fr.conciergeriesolidaire.functions.idempotency.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.idempotency.ExclusivePut;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKey;
import fr.conciergeriesolidaire.functions.idempotency.IdempotentPut;
import fr.conciergeriesolidaire.functions.storage.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.submission.FormBasics;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Sign-ups in the table named by {@code SUBSCRIPTIONS_TABLE}, keyed by reference. One establishment's site has a
 * row of references of its own ({@link ExclusivePut}): a sign-up goes into the next one unless an earlier one is
 * still awaiting review.
 */
final class DynamoDbSubscriptionStore implements SubscriptionStore {
    private final DynamoDbClient dynamoDb;
    private final String table;
    /** Only the submitting function stores sign-ups (and holds the hash secret the put needs): built on first put. */
    private final Supplier<ExclusivePut> put;

    private final Retention retention;
    private final Duration sweeperGrace;
    private final Function<String, String> duplicateSummary;

    /** @param duplicateSummary what the person reads when the site already has a sign-up under that reference */
    DynamoDbSubscriptionStore(
            DynamoDbClient dynamoDb,
            String table,
            Supplier<ExclusivePut> put,
            Retention retention,
            Duration sweeperGrace,
            Function<String, String> duplicateSummary) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.put = put;
        this.retention = retention;
        this.sweeperGrace = sweeperGrace;
        this.duplicateSummary = duplicateSummary;
    }

    /** On AWS: the put needs the hash secret, so it is built only when the first sign-up is placed. */
    static DynamoDbSubscriptionStore on(
            AwsParts parts, String table, FormBasics basics, Function<String, String> duplicateSummary) {
        return new DynamoDbSubscriptionStore(
                parts.dynamoDb(),
                table,
                () -> new ExclusivePut(parts.dynamoDb(), parts.hash()),
                basics.data().policies().retention(),
                basics.retryPolicy().sweeperGrace(),
                duplicateSummary);
    }

    @Override
    public Placement place(SubscriptionRequest request, IdempotencyKey key, Instant now) {
        var item =
                SubscriptionItemMapper.toItem(request, now, retention.subscriptionExpiry(now), now.plus(sweeperGrace));
        IdempotentPut.Outcome outcome = put.get()
                .put(
                        table,
                        SubscriptionItemMapper.REFERENCE,
                        key,
                        request.establishmentSite(),
                        SubscriptionItemMapper::isAwaitingReview,
                        reference -> new DuplicateSubmissionException(reference, duplicateSummary.apply(reference)),
                        reference -> item);
        return new Placement(SubscriptionItemMapper.fromItem(outcome.item()), outcome.created());
    }

    @Override
    public Optional<StoredSubscription> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, SubscriptionItemMapper.REFERENCE, reference)
                .map(SubscriptionItemMapper::fromItem);
    }
}
