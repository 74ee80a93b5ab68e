package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Runs a DynamoDB call and turns infrastructure failures (unreachable, throttled, server errors) into
 * {@link StorageUnavailableException}. A failed condition is the caller's business and passes through.
 */
public final class DynamoDbCalls {
    private DynamoDbCalls() {}

    /** The item with that key as stored now (strongly consistent read), if any and not expired ({@link Expiry}). */
    public static Optional<Map<String, AttributeValue>> item(
            DynamoDbClient dynamoDb, String table, String keyAttribute, String key, Instant now) {
        Map<String, AttributeValue> item = call(() -> dynamoDb.getItem(get -> get.tableName(table)
                        .key(Map.of(keyAttribute, AttributeValue.fromS(key)))
                        .consistentRead(true)))
                .item();
        return item == null || item.isEmpty() || Expiry.hasPassed(item, now) ? Optional.empty() : Optional.of(item);
    }

    public static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (ConditionalCheckFailedException expected) {
            throw expected;
        } catch (SdkClientException unreachable) {
            throw new StorageUnavailableException(unreachable);
        } catch (DynamoDbException refused) {
            if (refused.statusCode() >= 500 || refused.isThrottlingException()) {
                throw new StorageUnavailableException(refused);
            }
            // A 4xx other than a condition is a bug of ours (bad expression, missing table): not a 503.
            throw refused;
        }
    }
}
