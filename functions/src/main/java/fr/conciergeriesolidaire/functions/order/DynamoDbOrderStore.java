package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.IdempotentPut;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Orders in the DynamoDB table named by {@code ORDERS_TABLE}, keyed by reference ({@link OrderItemMapper}). */
final class DynamoDbOrderStore implements OrderStore {
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final IdempotentPut put;
    private final Retention retention;
    private final Duration sweeperGrace;

    /** @param sweeperGrace how long the sweeper leaves a new order's e-mails to the stream notifier */
    DynamoDbOrderStore(DynamoDbClient dynamoDb, String table, Retention retention, Duration sweeperGrace) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.put = new IdempotentPut(dynamoDb);
        this.retention = retention;
        this.sweeperGrace = sweeperGrace;
    }

    @Override
    public Placement place(OrderRequest request, IdempotencyKey key, Instant now) {
        Map<String, AttributeValue> item =
                OrderItemMapper.toItem(request, now, retention.orderExpiry(now), now.plus(sweeperGrace));
        IdempotentPut.Outcome outcome = put.put(table, OrderItemMapper.REFERENCE, key, reference -> item);
        return new Placement(OrderItemMapper.fromItem(outcome.item()), outcome.created());
    }

    @Override
    public Optional<StoredOrder> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, OrderItemMapper.REFERENCE, reference)
                .map(OrderItemMapper::fromItem);
    }
}
