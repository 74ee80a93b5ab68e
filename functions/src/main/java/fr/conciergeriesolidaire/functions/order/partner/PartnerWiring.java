package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.order.OrderWiring;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.RetryPolicy;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.outbox.Sweeper;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The partners' side on AWS, from the function's environment (template.yaml): the order feature's parts ({@link
 * OrderWiring}: orders, partners' lines and links), the digests' table and outbox. Each method builds only what its
 * handler uses.
 */
public final class PartnerWiring {
    private final Environment environment;
    private final OrderWiring orders;
    private final Clock clock;
    private final ZoneId zone;

    public PartnerWiring(Environment environment, Clock clock) {
        this.environment = environment;
        this.orders = new OrderWiring(environment, clock);
        this.clock = clock;
        this.zone = ZoneId.of(orders.data().organisation().site().timeZone());
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static PartnerWiring fromEnvironment() {
        return new PartnerWiring(Environment.current(), Clock.systemUTC());
    }

    PartnerDesk desk() {
        return new PartnerDesk(
                orders.partnerLinks(), orders.partnerLines(), orders.store(), orders.life(), clock, zone);
    }

    PartnerFormGuard formGuard() {
        KeyedHash hash = new KeyedHash(environment.required("HASH_SECRET"));
        return new PartnerFormGuard(new FormGuard(new SiteOrigin(originGate())), new SecretTokens(hash), hash);
    }

    PartnerPages pages() {
        return new PartnerPages(Screens.packaged(), orders.data().organisation());
    }

    PartnerFailures failures() {
        return new PartnerFailures(Screens.packaged(), orders.data().organisation());
    }

    OriginGate originGate() {
        return orders.originGate();
    }

    DigestScheduler digestScheduler() {
        return new DigestScheduler(orders.data(), orders.partnerLines(), digests(), digestNotifier(), clock);
    }

    Sweeper digestSweeper() {
        return new Sweeper(digestOutbox(), digestNotifier(), clock, Sweeper.BUDGET);
    }

    private Notifier digestNotifier() {
        DigestEmails emails = new DigestEmails(
                orders.data().organisation(),
                Templates.packaged(),
                orders.partnerLines(),
                orders.store(),
                orders.partnerLinks(),
                clock);
        return new Notifier(
                new StoredNotifications<>(digests(), emails),
                digestOutbox(),
                orders.mailer(),
                RetryPolicy.standard(),
                clock);
    }

    private Digests digests() {
        return new DynamoDbDigests(orders.dynamoDb(), digestsTable(), zone, clock);
    }

    private DynamoDbOutbox digestOutbox() {
        return new DynamoDbOutbox(orders.dynamoDb(), digestsTable(), DynamoDbDigests.KEY);
    }

    private String digestsTable() {
        return environment.required("PARTNER_DIGESTS_TABLE");
    }
}
