package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A fixed-window count per client and action, in DynamoDB so every function instance shares it: one conditional
 * update per submission adds it to the window's set, unless the set is full (then it is refused, and nothing is
 * added) or already holds it (a copy of the same submission, never counted twice, never refused). The client is known only by a keyed hash of its address; the counter item
 * expires by TTL shortly after its window.
 */
public final class DynamoDbRateLimiter implements RateLimiter {
    /** The table's key (RateLimitsTable). */
    static final String KEY = "clientKey";

    private static final String SUBMISSIONS = "submissions";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final KeyedHash hash;
    private final Duration window;
    private final int limit;
    private final String refusalKey;

    /**
     * @param window length of a counting window (policies.yaml retention.rateLimit)
     * @param limit submissions allowed per client and window
     * @param refusalKey what a refused person reads, in the site's wording ({@code {0}}: the time to wait)
     */
    public DynamoDbRateLimiter(
            DynamoDbClient dynamoDb, String table, KeyedHash hash, Duration window, int limit, String refusalKey) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.hash = hash;
        this.window = window;
        this.limit = limit;
        this.refusalKey = refusalKey;
    }

    /** The counter's key of a client (or an address) for one window: no address in clear. */
    static String key(KeyedHash hash, String action, String client, long windowStart) {
        return action + "#" + hash.hex("client-address", client) + "#" + windowStart;
    }

    /** The start (epoch seconds) of the window holding {@code now}. */
    static long windowStart(Duration window, Instant now) {
        long windowSeconds = window.toSeconds();
        return now.getEpochSecond() / windowSeconds * windowSeconds;
    }

    @Override
    public void acquire(String action, String client, String submission, Instant now) {
        long windowSeconds = window.toSeconds();
        long windowStart = windowStart(window, now);
        Instant windowEnd = Instant.ofEpochSecond(windowStart + windowSeconds);
        String clientKey = key(hash, action, client, windowStart);
        // A short keyed hash is enough to tell a client's submissions of one window apart, and keeps the item small.
        AttributeValue seen =
                AttributeValue.fromSs(List.of(hash.hex("submission", submission).substring(0, 16)));
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                    .key(Map.of(KEY, Attributes.s(clientKey)))
                    .updateExpression("ADD #seen :seen SET expiresAt = if_not_exists(expiresAt, :expiry)")
                    .conditionExpression("attribute_not_exists(#seen) OR size(#seen) < :limit OR contains(#seen, :one)")
                    .expressionAttributeNames(Map.of("#seen", SUBMISSIONS))
                    .expressionAttributeValues(Map.of(
                            ":seen", seen,
                            ":one", Attributes.s(seen.ss().get(0)),
                            ":limit", Attributes.n(limit),
                            ":expiry", Attributes.n(windowEnd.plus(window).getEpochSecond())))));
        } catch (ConditionalCheckFailedException full) {
            throw new TooManyRequestsException(Duration.between(now, windowEnd), refusalKey);
        }
    }
}
