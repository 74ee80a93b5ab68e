package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.config.AwsParts;
import fr.conciergeriesolidaire.functions.config.Environment;
import fr.conciergeriesolidaire.functions.http.ErrorResponses;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.SubmissionEndpoint;
import fr.conciergeriesolidaire.functions.notification.Notifier;
import fr.conciergeriesolidaire.functions.notification.Sweeper;
import fr.conciergeriesolidaire.functions.submission.FormBasics;
import fr.conciergeriesolidaire.functions.submission.Intake;
import java.time.Clock;
import java.util.Map;

/** Assembles the order feature from the packaged basics and its infrastructure. */
final class OrderComponents {
    static final String ACTION = "order";

    private final FormBasics basics;
    private final OrderInfrastructure infrastructure;

    OrderComponents(FormBasics basics, OrderInfrastructure infrastructure) {
        this.basics = basics;
        this.infrastructure = infrastructure;
    }

    /** Production wiring: AWS clients configured from {@code environment} (see template.yaml). */
    static OrderComponents fromEnvironment(Map<String, String> environment, Clock clock) {
        FormBasics basics = FormBasics.packaged(clock);
        AwsParts parts = new AwsParts(new Environment(environment), basics.data());
        return new OrderComponents(
                basics,
                new AwsOrderInfrastructure(
                        parts,
                        basics.data().policies().retention(),
                        basics.retryPolicy().sweeperGrace()));
    }

    Intake<OrderRequest, OrderStore.Placement> intake() {
        return basics.intake(
                ACTION,
                new OrderValidator(basics.data())::validate,
                infrastructure.orders()::place,
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
        return infrastructure.orders();
    }

    Notifier notifier() {
        return basics.notifier(notifications(), infrastructure.form());
    }

    Sweeper sweeper() {
        return basics.sweeper(notifications(), infrastructure.form());
    }

    private OrderNotifications notifications() {
        return new OrderNotifications(infrastructure.orders(), new OrderEmails(basics.data()));
    }
}
