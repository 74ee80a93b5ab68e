package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.antispam.DynamoDbRateLimiter;
import fr.conciergeriesolidaire.functions.antispam.RateLimiter;
import fr.conciergeriesolidaire.functions.config.AwsClients;
import fr.conciergeriesolidaire.functions.config.Environment;
import fr.conciergeriesolidaire.functions.idempotency.IdempotentPut;
import fr.conciergeriesolidaire.functions.idempotency.References;
import fr.conciergeriesolidaire.functions.mail.Mailer;
import fr.conciergeriesolidaire.functions.mail.SesMailer;
import fr.conciergeriesolidaire.functions.notification.OutboxTable;
import fr.conciergeriesolidaire.functions.notification.RetryPolicy;
import fr.conciergeriesolidaire.functions.security.KeyedHash;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB and SES, configured from the environment that template.yaml sets. Each part is built on first
 * use and kept (one client per function instance); a handler asks for its parts in its constructor, so a
 * missing variable fails the cold start, and a function never builds a client it does not use.
 */
final class AwsOrderInfrastructure implements OrderInfrastructure {
    static final int DEFAULT_RATE_LIMIT = 30;

    private final Environment environment;
    private final SiteData data;
    private final RetryPolicy retryPolicy;
    private final AwsClients clients;
    private DynamoDbClient dynamoDb;
    private KeyedHash hash;
    private OrderStore orders;
    private RateLimiter rateLimiter;
    private OutboxTable outbox;
    private Mailer mailer;

    AwsOrderInfrastructure(Environment environment, SiteData data, RetryPolicy retryPolicy) {
        this.environment = environment;
        this.data = data;
        this.retryPolicy = retryPolicy;
        this.clients = new AwsClients(environment);
    }

    @Override
    public synchronized KeyedHash hash() {
        if (hash == null) {
            hash = new KeyedHash(environment.required("HASH_SECRET"));
        }
        return hash;
    }

    @Override
    public synchronized OrderStore orders() {
        if (orders == null) {
            orders = new DynamoDbOrderStore(
                    dynamoDb(),
                    environment.required("ORDERS_TABLE"),
                    () -> new IdempotentPut(dynamoDb(), new References(hash())),
                    data.policies().retention(),
                    retryPolicy.sweeperGrace());
        }
        return orders;
    }

    @Override
    public synchronized RateLimiter rateLimiter() {
        if (rateLimiter == null) {
            rateLimiter = new DynamoDbRateLimiter(
                    dynamoDb(),
                    environment.required("RATE_LIMITS_TABLE"),
                    hash(),
                    data.policies().retention().rateLimit(),
                    environment
                            .optional("ORDER_RATE_LIMIT")
                            .map(Integer::parseInt)
                            .orElse(DEFAULT_RATE_LIMIT));
        }
        return rateLimiter;
    }

    @Override
    public synchronized OutboxTable outbox() {
        if (outbox == null) {
            outbox = new OutboxTable(dynamoDb(), environment.required("ORDERS_TABLE"), OrderItemMapper.REFERENCE);
        }
        return outbox;
    }

    @Override
    public synchronized Mailer mailer() {
        if (mailer == null) {
            mailer = new SesMailer(
                    clients.ses(),
                    data.organisation().mail().from(),
                    data.organisation().mail().replyTo());
        }
        return mailer;
    }

    private DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = clients.dynamoDb();
        }
        return dynamoDb;
    }
}
