package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.config.AwsFeature;
import fr.conciergeriesolidaire.functions.config.AwsParts;
import fr.conciergeriesolidaire.functions.config.Environment;
import fr.conciergeriesolidaire.functions.http.ErrorResponses;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.SubmissionEndpoint;
import fr.conciergeriesolidaire.functions.idempotency.ExclusivePut;
import fr.conciergeriesolidaire.functions.notification.Notifier;
import fr.conciergeriesolidaire.functions.notification.RecordNotifications;
import fr.conciergeriesolidaire.functions.notification.Sweeper;
import fr.conciergeriesolidaire.functions.submission.FeatureInfrastructure;
import fr.conciergeriesolidaire.functions.submission.FormBasics;
import fr.conciergeriesolidaire.functions.submission.Intake;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/** Assembles the company sign-up feature from the packaged basics and its infrastructure. */
final class SubscriptionComponents {
    static final String ACTION = "subscription";
    static final String TABLE = "SUBSCRIPTIONS_TABLE";
    /** Sign-ups are rare: a client sending more than this per window is not signing a company up. */
    static final int DEFAULT_RATE_LIMIT = 10;

    private final FormBasics basics;
    private final FeatureInfrastructure<SubscriptionStore> infrastructure;

    SubscriptionComponents(FormBasics basics, FeatureInfrastructure<SubscriptionStore> infrastructure) {
        this.basics = basics;
        this.infrastructure = infrastructure;
    }

    /** Production wiring: AWS clients configured from {@code environment} (see template.yaml). */
    static SubscriptionComponents fromEnvironment(Map<String, String> environment, Clock clock) {
        FormBasics basics = FormBasics.packaged(clock);
        return new SubscriptionComponents(
                basics,
                new AwsFeature<>(
                        new AwsParts(new Environment(environment), basics.data()),
                        TABLE,
                        SubscriptionItemMapper.REFERENCE,
                        "SUBSCRIPTION_RATE_LIMIT",
                        DEFAULT_RATE_LIMIT,
                        (parts, table) -> new DynamoDbSubscriptionStore(
                                parts.dynamoDb(),
                                table,
                                () -> new ExclusivePut(parts.dynamoDb(), parts.hash()),
                                basics.data().policies().retention(),
                                basics.retryPolicy().sweeperGrace(),
                                duplicateSummary(basics.data().organisation()))));
    }

    /** What a person reads when the site already has a sign-up awaiting review. */
    static Function<String, String> duplicateSummary(Organisation organisation) {
        return reference -> "Une demande d'adhésion pour cet établissement (même SIRET) et ce site est déjà en cours"
                + " d'examen, sous la référence " + reference + ". Notre équipe va vous appeler\u00a0; pour la"
                + " compléter ou la corriger, écrivez à "
                + organisation.contact().email() + " en rappelant cette"
                + " référence.";
    }

    Intake<SubscriptionRequest, SubscriptionStore.Placement> intake() {
        return basics.intake(
                ACTION,
                new SubscriptionValidator(basics.data())::validate,
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
        return new FormPage(SubscriptionPages.FORM_PATH, "votre demande d'adhésion", SubscriptionFields.labels());
    }

    SubscriptionPages pages() {
        return new SubscriptionPages(basics.shell());
    }

    SubscriptionStore store() {
        return infrastructure.store();
    }

    Notifier notifier() {
        return basics.notifier(notifications(), infrastructure.form());
    }

    Sweeper sweeper() {
        return basics.sweeper(notifications(), infrastructure.form());
    }

    private RecordNotifications<StoredSubscription> notifications() {
        return new RecordNotifications<>(
                infrastructure.store()::find,
                new SubscriptionEmails(basics.data().organisation()));
    }
}
