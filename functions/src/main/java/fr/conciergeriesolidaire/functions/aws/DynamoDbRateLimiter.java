package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * A fixed-window counter per client and action, in DynamoDB (one atomic ADD per submission) so every
 * function instance shares it. The client is known only by a keyed hash of its address; the counter item
 * expires by TTL shortly after its window.
 */
public final class DynamoDbRateLimiter implements RateLimiter {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final KeyedHash hash;
    private final Duration window;
    private final int limit;

    /**
     * @param window length of a counting window (policies.yaml retention.rateLimit)
     * @param limit submissions allowed per client and window
     */
    public DynamoDbRateLimiter(DynamoDbClient dynamoDb, String table, KeyedHash hash, Duration window, int limit) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.hash = hash;
        this.window = window;
        this.limit = limit;
    }

    @Override
    public void acquire(String action, String clientAddress, Instant now) {
        long windowSeconds = window.toSeconds();
        long windowStart = now.getEpochSecond() / windowSeconds * windowSeconds;
        Instant windowEnd = Instant.ofEpochSecond(windowStart + windowSeconds);
        String clientKey = action + "#" + hash.hex("client-address", clientAddress) + "#" + windowStart;
        long hits = Long.parseLong(DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                        .key(Map.of("clientKey", Attributes.s(clientKey)))
                        .updateExpression("ADD hits :one SET expiresAt = if_not_exists(expiresAt, :expiry)")
                        .expressionAttributeValues(Map.of(
                                ":one", Attributes.n(1),
                                ":expiry", Attributes.n(windowEnd.plus(window).getEpochSecond())))
                        .returnValues(ReturnValue.UPDATED_NEW)))
                .attributes()
                .get("hits")
                .n());
        if (hits > limit) {
            throw new TooManyRequestsException(Duration.between(now, windowEnd));
        }
    }
}
