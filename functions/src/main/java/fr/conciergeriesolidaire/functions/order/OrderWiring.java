package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SecretLinkPages;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbAccessTokens;
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
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.outbox.Mailer;
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
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The order feature on AWS, from the function's environment (template.yaml): what each handler needs, built from
 * the data compiled in at build time and clients built once. Each method builds only what its handler uses, and a
 * missing variable fails the function's start.
 */
public final class OrderWiring {
    /** The orders table's variable: a function whose environment names it reaches the orders. */
    static final String ORDERS_TABLE = "ORDERS_TABLE";

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
        KeyedHash hash = hash();
        RateLimits limits = new RateLimits(clients, environment, hash);
        return new OrderService(
                new SpamGuard(),
                new OrderValidator(data),
                limits.perClient(
                        data.policies().retention().rateLimit(),
                        environment.integer("ORDER_RATE_LIMIT", DEFAULT_RATE_LIMIT)),
                limits.confirmations(),
                new IdempotencyKeys(hash),
                new EmailKeys(hash),
                store(),
                clock);
    }

    public OrderStore store() {
        return new DynamoDbOrderStore(
                clients.dynamoDb(), ordersTable(), data.policies().retention(), retryPolicy.sweeperGrace(), clock);
    }

    /** Every e-mail of the orders, partners' included (the stream notifier, the sweeper). */
    public Notifier notifier() {
        return notifier(new PartnerDispatch(data, partnerLines(), partnerLinks(), clock), Optional.of(followUpLinks()));
    }

    /**
     * The order's life after it is taken (back-office, partners' links, the customer's follow-up page). Its changes
     * try their own e-mails at once (to the customer, to cancelled partners), none of which needs the partners'
     * links: the functions that change orders have no right on the partners' tables.
     */
    public OrderLife life() {
        return new OrderLife(store(), changesNotifier(), clock);
    }

    /**
     * The e-mails of an order's changes and erasure, which never include a partner's notice of a new order nor the
     * confirmation with its follow-up link (the notifier's): the functions that change orders need neither the
     * partners' tables nor the hash secret.
     */
    private Notifier changesNotifier() {
        return notifier(
                (order, partnerId) -> {
                    throw new IllegalStateException("A partner's notice of a new order is the notifier's");
                },
                Optional.empty());
    }

    /** The partners' orders by partner and drop-off time. */
    public PartnerLines partnerLines() {
        return new DynamoDbPartnerLines(clients.dynamoDb(), environment.required("PARTNER_LINES_TABLE"), clock);
    }

    /** The partners' private links, given in their e-mails and opened by their page. */
    public PartnerLinks partnerLinks() {
        return new PartnerLinks(
                new SecretTokens(hash()),
                new DynamoDbAccessTokens(clients.dynamoDb(), environment.required("ACCESS_TOKENS_TABLE")),
                siteUrl(),
                data.policies().retention());
    }

    /**
     * The site's address, which the links of e-mails start with: organisation.yaml's, unless {@code SITE_URL} says
     * otherwise (the local runner gives its own).
     */
    public String siteUrl() {
        return environment
                .optional("SITE_URL")
                .orElse(data.organisation().site().url());
    }

    public SiteData data() {
        return data;
    }

    public Clock clock() {
        return clock;
    }

    /** The DynamoDB client, built once for the function (the order feature's screens keep their own tables too). */
    public DynamoDbClient dynamoDb() {
        return clients.dynamoDb();
    }

    /** The mail service, sending as the organisation. */
    public Mailer mailer() {
        return SesMailer.of(clients.ses(), data.organisation());
    }

    private Notifier notifier(PartnerNotices partners, Optional<FollowUpLinks> followUpLinks) {
        return new Notifier(
                new StoredNotifications<>(
                        store(), new OrderEmails(data.organisation(), Templates.packaged(), partners, followUpLinks)),
                outbox(),
                mailer(),
                retryPolicy,
                clock);
    }

    /** The customer's private follow-up links (their keys are keyed hashes: the hash secret). */
    public FollowUpLinks followUpLinks() {
        return new FollowUpLinks(hash());
    }

    OrderFollowUps followUps() {
        return new OrderFollowUps(store(), life(), followUpLinks());
    }

    FollowUpPages followUpPages() {
        return new FollowUpPages(SecretLinkPages.packaged(), zone());
    }

    FormGuard formGuard() {
        return new FormGuard(new SiteOrigin(originGate()));
    }

    /** The orders as "Mes données" finds, shows and erases them. */
    PersonalRecords personalRecords() {
        Templates templates = Templates.packaged();
        OrderStore store = store();
        return new OrderPersonalRecords(
                store,
                new OrderErasure(
                        store,
                        changesNotifier(),
                        new PartnerTraces(partnerLines(), partnerLinks()),
                        new EmailKeys(hash()),
                        clock),
                new OrderTimeline(templates.wording(), zone()),
                templates.wording(),
                data.policies().retention()::orderExpiry,
                data.policies().retention().orders());
    }

    /** The one-shot that keys the orders stored before the e-mail key existed. */
    EmailKeyBackfill emailKeyBackfill() {
        return new DynamoDbEmailKeyBackfill(
                clients.dynamoDb(),
                ordersTable(),
                OrderItemMapper.REFERENCE,
                OrderPersonalRecords.KIND,
                OrderItemMapper.CUSTOMER,
                new EmailKeys(hash()),
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
        return new DynamoDbOutbox(clients.dynamoDb(), ordersTable(), OrderItemMapper.REFERENCE);
    }

    private String ordersTable() {
        return environment.required(ORDERS_TABLE);
    }

    private KeyedHash hash() {
        return new KeyedHash(environment.required("HASH_SECRET"));
    }

    private ZoneId zone() {
        return ZoneId.of(data.organisation().site().timeZone());
    }
}
