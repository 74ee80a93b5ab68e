package fr.conciergeriesolidaire.functions.aws;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Every live item a Query finds, page after page (DynamoDB returns at most 1 MB a call): what reading a screen's or a
 * report's index takes. Items past their retention ({@link Expiry}) are left out, as every read does.
 */
public final class IndexQueries {
    private final DynamoDbClient dynamoDb;

    public IndexQueries(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** @param query the table, index, key condition and projection; the pages' start keys are this class's */
    public List<Map<String, AttributeValue>> all(Consumer<QueryRequest.Builder> query, Instant now) {
        QueryRequest.Builder builder = QueryRequest.builder();
        query.accept(builder);
        QueryRequest request = builder.build();
        return DynamoDbCalls.call(() -> dynamoDb.queryPaginator(request).items().stream()
                .filter(item -> !Expiry.hasPassed(item, now))
                .toList());
    }
}
