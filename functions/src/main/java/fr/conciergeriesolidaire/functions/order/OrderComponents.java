package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.config.AwsFeature;
import fr.conciergeriesolidaire.functions.config.AwsTable;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.notification.RecordNotifications;
import fr.conciergeriesolidaire.functions.submission.FeatureInfrastructure;
import fr.conciergeriesolidaire.functions.submission.FormBasics;
import fr.conciergeriesolidaire.functions.submission.FormFeature;
import fr.conciergeriesolidaire.functions.submission.Intake;
import java.time.Clock;
import java.util.Map;

/** Assembles the order feature: the shared form parts, plus its validator, pages and e-mails. */
final class OrderComponents {
    static final String ACTION = "order";
    static final AwsTable TABLE = new AwsTable(
            environment -> environment.required("ORDERS_TABLE"),
            OrderItemMapper.REFERENCE,
            environment -> environment.optional("ORDER_RATE_LIMIT"),
            30);

    private final FormFeature<OrderStore> feature;

    OrderComponents(FormBasics basics, FeatureInfrastructure<OrderStore> infrastructure) {
        this.feature = new FormFeature<>(
                basics,
                infrastructure,
                new FormPage(OrderPages.FORM_PATH, "votre commande", OrderFields.labels(basics.data())),
                store -> new RecordNotifications<>(store::find, new OrderEmails(basics.data())));
    }

    /** Production wiring: AWS clients configured from {@code environment} (see template.yaml). */
    static OrderComponents fromEnvironment(Map<String, String> environment, Clock clock) {
        FormBasics basics = FormBasics.packaged(clock);
        return new OrderComponents(
                basics,
                new AwsFeature<>(
                        environment,
                        basics.data(),
                        TABLE,
                        (parts, table) -> DynamoDbOrderStore.on(parts, table, basics)));
    }

    FormFeature<OrderStore> feature() {
        return feature;
    }

    Intake<OrderRequest, OrderStore.Placement> intake() {
        return feature.intake(ACTION, new OrderValidator(feature.basics().data())::validate, feature.store()::place);
    }

    OrderPages pages() {
        return new OrderPages(feature.basics().data(), feature.basics().shell());
    }
}
