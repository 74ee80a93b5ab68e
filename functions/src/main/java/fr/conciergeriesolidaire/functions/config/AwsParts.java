package fr.conciergeriesolidaire.functions.config;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.antispam.DynamoDbRateLimiter;
import fr.conciergeriesolidaire.functions.antispam.RateLimiter;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.mail.Mailer;
import fr.conciergeriesolidaire.functions.mail.SesMailer;
import fr.conciergeriesolidaire.functions.security.KeyedHash;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB, SES and the hash secret, configured from the environment that template.yaml sets. Each part is built
 * on first use and kept (one client per function instance); a handler asks for its parts in its constructor, so
 * a missing variable fails the cold start, and a function never builds a client it does not use.
 */
public final class AwsParts {
    private final Environment environment;
    private final SiteData data;
    private final AwsClients clients;
    private DynamoDbClient dynamoDb;
    private KeyedHash hash;
    private Mailer mailer;

    public AwsParts(Environment environment, SiteData data) {
        this.environment = environment;
        this.data = data;
        this.clients = new AwsClients(environment);
    }

    /** A feature table's name, from the variable template.yaml fills with its {@code !Ref}. */
    public String table(AwsTable table) {
        return table.tableName().apply(environment);
    }

    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = clients.dynamoDb();
        }
        return dynamoDb;
    }

    public synchronized KeyedHash hash() {
        if (hash == null) {
            hash = new KeyedHash(environment.required("HASH_SECRET"));
        }
        return hash;
    }

    public synchronized Mailer mailer() {
        if (mailer == null) {
            mailer = new SesMailer(
                    clients.ses(),
                    data.organisation().mail().from(),
                    data.organisation().mail().replyTo());
        }
        return mailer;
    }

    public ClientAddress clientAddress() {
        return ClientAddress.fromEnvironment(environment);
    }

    /**
     * A rate limiter shared by every instance, counting per client in {@code RATE_LIMITS_TABLE} over the window of
     * policies.yaml; the limit per window is the feature's, unless its override variable is set.
     */
    public RateLimiter rateLimiter(AwsTable table) {
        return new DynamoDbRateLimiter(
                dynamoDb(),
                environment.required("RATE_LIMITS_TABLE"),
                hash(),
                data.policies().retention().rateLimit(),
                table.rateLimitOverride()
                        .apply(environment)
                        .map(Integer::parseInt)
                        .orElse(table.defaultRateLimit()));
    }
}
