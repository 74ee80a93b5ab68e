package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.aws.RateLimits;
import fr.conciergeriesolidaire.functions.aws.SesMailer;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.RetryPolicy;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.outbox.Sweeper;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.Clock;
import java.util.Optional;

/**
 * The order feature on AWS, from the function's environment (template.yaml): what each handler needs, built from
 * the data compiled in at build time and clients built once. Each method builds only what its handler uses, so the
 * confirmation page never needs the hash secret, and a missing variable fails the function's start.
 */
public final class OrderWiring {
    /** Orders a client may send per window (policies.yaml), unless {@code ORDER_RATE_LIMIT} says otherwise. */
    static final int DEFAULT_RATE_LIMIT = 30;

    private final Environment environment;
    private final Clock clock;
    private final SiteData data = PackagedSiteData.data();
    private final RetryPolicy retryPolicy = RetryPolicy.standard();
    private final AwsClients clients;

    public OrderWiring(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
        this.clients = new AwsClients(environment);
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static OrderWiring fromEnvironment() {
        return new OrderWiring(Environment.current(), Clock.systemUTC());
    }

    public OrderService service() {
        KeyedHash hash = new KeyedHash(environment.required("HASH_SECRET"));
        RateLimits limits = new RateLimits(clients, environment, hash);
        return new OrderService(
                new SpamGuard(),
                new OrderValidator(data),
                limits.perClient(
                        data.policies().retention().rateLimit(),
                        environment.integer("ORDER_RATE_LIMIT", DEFAULT_RATE_LIMIT)),
                limits.confirmations(),
                new IdempotencyKeys(hash),
                store(Optional.of(new EmailKeys(hash))),
                clock);
    }

    /** The orders as stored, for every function but the submission's (which alone stores new ones). */
    public OrderStore store() {
        return store(Optional.empty());
    }

    private OrderStore store(Optional<EmailKeys> emailKeys) {
        return new DynamoDbOrderStore(
                clients.dynamoDb(),
                ordersTable(),
                data.policies().retention(),
                retryPolicy.sweeperGrace(),
                clock,
                emailKeys);
    }

    public Notifier notifier() {
        return new Notifier(
                new StoredNotifications<>(store(), new OrderEmails(data.organisation(), Templates.packaged())),
                outbox(),
                SesMailer.of(clients.ses(), data.organisation()),
                retryPolicy,
                clock);
    }

    /** The order's life after it is taken (back-office, partners' links, the customer's follow-up page). */
    public OrderLife life() {
        return new OrderLife(store(), notifier(), clock);
    }

    public Sweeper sweeper() {
        return new Sweeper(outbox(), notifier(), clock, Sweeper.BUDGET);
    }

    public ClientAddress clientAddress() {
        return new ClientAddress(originGate());
    }

    public OriginGate originGate() {
        return OriginGate.of(environment.optional(OriginGate.ORIGIN_SECRET_VARIABLE));
    }

    private DynamoDbOutbox outbox() {
        return new DynamoDbOutbox(clients.dynamoDb(), ordersTable(), OrderItemMapper.REFERENCE);
    }

    private String ordersTable() {
        return environment.required("ORDERS_TABLE");
    }
}
