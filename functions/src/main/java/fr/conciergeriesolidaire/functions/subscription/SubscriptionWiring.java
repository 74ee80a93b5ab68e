package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbEmailKeyBackfill;
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
import fr.conciergeriesolidaire.functions.privacy.EmailKeyBackfill;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The company sign-up feature on AWS, from the function's environment (template.yaml): what each handler needs,
 * built from the data compiled in at build time and clients built once. Each method builds only what its handler
 * uses, so the confirmation page never needs the hash secret, and a missing variable fails the function's start.
 */
public final class SubscriptionWiring {
    /** The sign-ups table's variable: a function whose environment names it reaches the sign-ups. */
    static final String SUBSCRIPTIONS_TABLE = "SUBSCRIPTIONS_TABLE";

    /** Sign-ups are rare: a client sending more than 10 per window is not signing a company up. */
    static final int DEFAULT_RATE_LIMIT = 10;

    private final Environment environment;
    private final Clock clock;
    private final SiteData data = PackagedSiteData.data();
    private final RetryPolicy retryPolicy = RetryPolicy.standard();
    private final AwsClients clients;

    public SubscriptionWiring(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
        this.clients = new AwsClients(environment);
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static SubscriptionWiring fromEnvironment() {
        return new SubscriptionWiring(Environment.current(), Clock.systemUTC());
    }

    public SubscriptionService service() {
        KeyedHash hash = new KeyedHash(environment.required("HASH_SECRET"));
        RateLimits limits = new RateLimits(clients, environment, hash);
        return new SubscriptionService(
                new SpamGuard(),
                new SubscriptionValidator(data),
                limits.perClient(
                        data.policies().retention().rateLimit(),
                        environment.integer("SUBSCRIPTION_RATE_LIMIT", DEFAULT_RATE_LIMIT)),
                limits.confirmations(),
                new IdempotencyKeys(hash),
                new EmailKeys(hash),
                store(),
                data.organisation(),
                clock);
    }

    public SubscriptionStore store() {
        return new DynamoDbSubscriptionStore(
                clients.dynamoDb(),
                subscriptionsTable(),
                data.policies().retention(),
                retryPolicy.sweeperGrace(),
                clock);
    }

    public Notifier notifier() {
        return new Notifier(
                new StoredNotifications<>(store(), new SubscriptionEmails(data.organisation(), Templates.packaged())),
                outbox(),
                SesMailer.of(clients.ses(), data.organisation()),
                retryPolicy,
                clock);
    }

    /** A sign-up's life with the team (the back-office's review screens). */
    public SubscriptionLife life() {
        return new SubscriptionLife(store(), clock);
    }

    /** The sign-ups as "Mes données" finds, shows and erases them. */
    PersonalRecords personalRecords() {
        Templates templates = Templates.packaged();
        return new SubscriptionPersonalRecords(
                store(),
                new EmailKeys(new KeyedHash(environment.required("HASH_SECRET"))),
                templates.wording(),
                ZoneId.of(data.organisation().site().timeZone()),
                data.policies().retention()::subscriptionExpiry,
                data.policies().retention().subscriptions());
    }

    /** The one-shot that keys the sign-ups stored before the e-mail key existed. */
    EmailKeyBackfill emailKeyBackfill() {
        return new DynamoDbEmailKeyBackfill(
                clients.dynamoDb(),
                subscriptionsTable(),
                SubscriptionItemMapper.REFERENCE,
                SubscriptionPersonalRecords.KIND,
                SubscriptionItemMapper.CONTACT,
                new EmailKeys(new KeyedHash(environment.required("HASH_SECRET"))),
                clock);
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
        return new DynamoDbOutbox(clients.dynamoDb(), subscriptionsTable(), SubscriptionItemMapper.REFERENCE);
    }

    private String subscriptionsTable() {
        return environment.required(SUBSCRIPTIONS_TABLE);
    }
}
