package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.config.AwsFeature;
import fr.conciergeriesolidaire.functions.config.AwsParts;
import fr.conciergeriesolidaire.functions.config.Environment;
import fr.conciergeriesolidaire.functions.http.ErrorResponses;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.SubmissionEndpoint;
import fr.conciergeriesolidaire.functions.idempotency.IdempotentPut;
import fr.conciergeriesolidaire.functions.idempotency.References;
import fr.conciergeriesolidaire.functions.notification.Notifier;
import fr.conciergeriesolidaire.functions.notification.RecordNotifications;
import fr.conciergeriesolidaire.functions.notification.Sweeper;
import fr.conciergeriesolidaire.functions.submission.FeatureInfrastructure;
import fr.conciergeriesolidaire.functions.submission.FormBasics;
import fr.conciergeriesolidaire.functions.submission.Intake;
import java.time.Clock;
import java.util.Map;

/** Assembles the order feature from the packaged basics and its infrastructure. */
final class OrderComponents {
    static final String ACTION = "order";

    static final String TABLE = "ORDERS_TABLE";
    static final int DEFAULT_RATE_LIMIT = 30;

    private final FormBasics basics;
    private final FeatureInfrastructure<OrderStore> infrastructure;

    OrderComponents(FormBasics basics, FeatureInfrastructure<OrderStore> infrastructure) {
        this.basics = basics;
        this.infrastructure = infrastructure;
    }

    /** Production wiring: AWS clients configured from {@code environment} (see template.yaml). */
    static OrderComponents fromEnvironment(Map<String, String> environment, Clock clock) {
        FormBasics basics = FormBasics.packaged(clock);
        return new OrderComponents(
                basics,
                new AwsFeature<>(
                        new AwsParts(new Environment(environment), basics.data()),
                        TABLE,
                        OrderItemMapper.REFERENCE,
                        "ORDER_RATE_LIMIT",
                        DEFAULT_RATE_LIMIT,
                        (parts, table) -> new DynamoDbOrderStore(
                                parts.dynamoDb(),
                                table,
                                () -> new IdempotentPut(parts.dynamoDb(), new References(parts.hash())),
                                basics.data().policies().retention(),
                                basics.retryPolicy().sweeperGrace())));
    }

    Intake<OrderRequest, OrderStore.Placement> intake() {
        return basics.intake(
                ACTION,
                new OrderValidator(basics.data())::validate,
                infrastructure.store()::place,
                infrastructure.form());
    }

    ErrorResponses errors() {
        return basics.errors(form());
    }

    SubmissionEndpoint endpoint() {
        return basics.endpoint(form());
    }

    private FormPage form() {
        return new FormPage(OrderPages.FORM_PATH, "votre commande", OrderFields.labels(basics.data()));
    }

    OrderPages pages() {
        return new OrderPages(basics.data(), basics.shell());
    }

    OrderStore store() {
        return infrastructure.store();
    }

    Notifier notifier() {
        return basics.notifier(notifications(), infrastructure.form());
    }

    Sweeper sweeper() {
        return basics.sweeper(notifications(), infrastructure.form());
    }

    private RecordNotifications<StoredOrder> notifications() {
        return new RecordNotifications<>(infrastructure.store()::find, new OrderEmails(basics.data()));
    }
}
