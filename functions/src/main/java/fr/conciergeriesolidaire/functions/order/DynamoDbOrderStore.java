package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.config.AwsParts;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKey;
import fr.conciergeriesolidaire.functions.idempotency.IdempotentPut;
import fr.conciergeriesolidaire.functions.idempotency.References;
import fr.conciergeriesolidaire.functions.storage.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.submission.FormBasics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Orders in the DynamoDB table named by {@code ORDERS_TABLE}, keyed by reference. */
final class DynamoDbOrderStore implements OrderStore {
    private final DynamoDbClient dynamoDb;
    private final String table;
    /** Only the submitting function stores orders (and holds the hash secret the put needs): built on first put. */
    private final Supplier<IdempotentPut> put;

    private final Retention retention;
    private final Duration sweeperGrace;

    DynamoDbOrderStore(
            DynamoDbClient dynamoDb,
            String table,
            Supplier<IdempotentPut> put,
            Retention retention,
            Duration sweeperGrace) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.put = put;
        this.retention = retention;
        this.sweeperGrace = sweeperGrace;
    }

    /** On AWS: the put needs the hash secret, so it is built only when the first order is placed. */
    static DynamoDbOrderStore on(AwsParts parts, String table, FormBasics basics) {
        return new DynamoDbOrderStore(
                parts.dynamoDb(),
                table,
                () -> new IdempotentPut(parts.dynamoDb(), new References(parts.hash())),
                basics.data().policies().retention(),
                basics.retryPolicy().sweeperGrace());
    }

    @Override
    public Placement place(OrderRequest request, IdempotencyKey key, Instant now) {
        Map<String, AttributeValue> item =
                OrderItemMapper.toItem(request, now, retention.orderExpiry(now), now.plus(sweeperGrace));
        IdempotentPut.Outcome outcome = put.get().put(table, OrderItemMapper.REFERENCE, key, reference -> item);
        return new Placement(OrderItemMapper.fromItem(outcome.item()), outcome.created());
    }

    @Override
    public Optional<StoredOrder> find(String reference) {
        return DynamoDbCalls.item(dynamoDb, table, OrderItemMapper.REFERENCE, reference)
                .map(OrderItemMapper::fromItem);
    }
}
