package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Organisation;
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
import java.util.function.Function;

/** Assembles the company sign-up feature: the shared form parts, plus its validator, pages and e-mails. */
final class SubscriptionComponents {
    static final String ACTION = "subscription";
    /** Sign-ups are rare: a client sending more than 10 per window is not signing a company up. */
    static final AwsTable TABLE = new AwsTable(
            environment -> environment.required("SUBSCRIPTIONS_TABLE"),
            SubscriptionItemMapper.REFERENCE,
            environment -> environment.optional("SUBSCRIPTION_RATE_LIMIT"),
            10);

    private final FormFeature<SubscriptionStore> feature;

    SubscriptionComponents(FormBasics basics, FeatureInfrastructure<SubscriptionStore> infrastructure) {
        this.feature = new FormFeature<>(
                basics,
                infrastructure,
                new FormPage(SubscriptionPages.FORM_PATH, "votre demande d'adhésion", SubscriptionFields.labels()),
                store -> new RecordNotifications<>(
                        store::find, new SubscriptionEmails(basics.data().organisation())));
    }

    /** Production wiring: AWS clients configured from {@code environment} (see template.yaml). */
    static SubscriptionComponents fromEnvironment(Map<String, String> environment, Clock clock) {
        FormBasics basics = FormBasics.packaged(clock);
        return new SubscriptionComponents(
                basics,
                new AwsFeature<>(
                        environment,
                        basics.data(),
                        TABLE,
                        (parts, table) -> DynamoDbSubscriptionStore.on(
                                parts,
                                table,
                                basics,
                                duplicateSummary(basics.data().organisation()))));
    }

    /** What a person reads when the site already has a sign-up awaiting review under that reference. */
    static Function<String, String> duplicateSummary(Organisation organisation) {
        return reference -> "Une demande d'adhésion pour cet établissement (même SIRET) et ce site est déjà en cours"
                + " d'examen, sous la référence " + reference + ". Notre équipe va vous appeler\u00a0; pour la"
                + " compléter ou la corriger, écrivez à "
                + organisation.contact().email() + " en rappelant cette"
                + " référence.";
    }

    FormFeature<SubscriptionStore> feature() {
        return feature;
    }

    Intake<SubscriptionRequest, SubscriptionStore.Placement> intake() {
        return feature.intake(
                ACTION, new SubscriptionValidator(feature.basics().data())::validate, feature.store()::place);
    }

    SubscriptionPages pages() {
        return new SubscriptionPages(feature.basics().shell());
    }
}
