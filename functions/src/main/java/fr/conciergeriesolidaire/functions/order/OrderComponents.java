package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.functions.antispam.SpamGuard;
import fr.conciergeriesolidaire.functions.config.Environment;
import fr.conciergeriesolidaire.functions.http.ErrorResponses;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.ResponseShell;
import fr.conciergeriesolidaire.functions.http.SubmissionEndpoint;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.notification.Notifier;
import fr.conciergeriesolidaire.functions.notification.RetryPolicy;
import fr.conciergeriesolidaire.functions.notification.Sweeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Assembles the order feature: the data packaged at build time, the infrastructure, the services. */
final class OrderComponents {
    /** A real order body is about 2 KB; anything past this is refused before parsing. */
    static final long MAX_BODY_BYTES = 16 * 1024;

    static final Duration MINIMUM_FILL_TIME = Duration.ofSeconds(3);

    /** The sweeper's Timeout in template.yaml is 60 s: stop starting records well before. */
    static final Duration SWEEP_BUDGET = Duration.ofSeconds(40);

    private final SiteData data;
    private final ResponseShell shell;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final OrderInfrastructure infrastructure;

    OrderComponents(
            SiteData data,
            ResponseShell shell,
            Clock clock,
            RetryPolicy retryPolicy,
            OrderInfrastructure infrastructure) {
        this.data = data;
        this.shell = shell;
        this.clock = clock;
        this.retryPolicy = retryPolicy;
        this.infrastructure = infrastructure;
    }

    /** Production wiring: AWS clients configured from {@code environment} (see template.yaml). */
    static OrderComponents fromEnvironment(Map<String, String> environment, Clock clock) {
        SiteData data = SiteDataLoader.fromClasspath();
        RetryPolicy retryPolicy = RetryPolicy.standard();
        return new OrderComponents(
                data,
                ResponseShell.fromClasspath(),
                clock,
                retryPolicy,
                new AwsOrderInfrastructure(new Environment(environment), data, retryPolicy));
    }

    OrderService service() {
        return new OrderService(
                new OrderValidator(data),
                new SpamGuard(MINIMUM_FILL_TIME),
                infrastructure.rateLimiter(),
                new IdempotencyKeys(infrastructure.hash()),
                infrastructure.orders(),
                clock);
    }

    ErrorResponses errors() {
        return new ErrorResponses(
                shell, new FormPage(OrderPages.FORM_PATH, "votre commande", OrderFields.labels(data)));
    }

    SubmissionEndpoint endpoint() {
        return new SubmissionEndpoint(MAX_BODY_BYTES, errors());
    }

    OrderPages pages() {
        return new OrderPages(data, shell);
    }

    OrderLookup lookup() {
        return new OrderLookup(infrastructure.orders());
    }

    Notifier notifier() {
        return new Notifier(
                new OrderNotifications(infrastructure.orders(), new OrderEmails(data)),
                infrastructure.outbox(),
                infrastructure.mailer(),
                retryPolicy,
                clock);
    }

    Sweeper sweeper() {
        return new Sweeper(infrastructure.outbox(), notifier(), clock, SWEEP_BUDGET);
    }
}
