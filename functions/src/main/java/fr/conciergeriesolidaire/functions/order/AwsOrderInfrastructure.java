package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.config.AwsFormInfrastructure;
import fr.conciergeriesolidaire.functions.config.AwsParts;
import fr.conciergeriesolidaire.functions.idempotency.IdempotentPut;
import fr.conciergeriesolidaire.functions.idempotency.References;
import fr.conciergeriesolidaire.functions.submission.FormInfrastructure;
import java.time.Duration;

/** Orders on AWS: the table named by {@code ORDERS_TABLE}, built on first use like every part. */
final class AwsOrderInfrastructure implements OrderInfrastructure {
    static final String TABLE = "ORDERS_TABLE";
    static final int DEFAULT_RATE_LIMIT = 30;

    private final AwsParts parts;
    private final Retention retention;
    private final Duration sweeperGrace;
    private final FormInfrastructure form;
    private OrderStore orders;

    AwsOrderInfrastructure(AwsParts parts, Retention retention, Duration sweeperGrace) {
        this.parts = parts;
        this.retention = retention;
        this.sweeperGrace = sweeperGrace;
        this.form = new AwsFormInfrastructure(
                parts, TABLE, OrderItemMapper.REFERENCE, "ORDER_RATE_LIMIT", DEFAULT_RATE_LIMIT);
    }

    @Override
    public FormInfrastructure form() {
        return form;
    }

    @Override
    public synchronized OrderStore orders() {
        if (orders == null) {
            orders = new DynamoDbOrderStore(
                    parts.dynamoDb(),
                    parts.table(TABLE),
                    // Only the submitting function stores orders (and holds the hash secret the put needs).
                    () -> new IdempotentPut(parts.dynamoDb(), new References(parts.hash())),
                    retention,
                    sweeperGrace);
        }
        return orders;
    }
}
