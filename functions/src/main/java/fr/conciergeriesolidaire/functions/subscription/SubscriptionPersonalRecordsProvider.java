package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.privacy.EmailKeyBackfill;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecordsProvider;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The company sign-ups offered to "Mes données" (registered in {@code META-INF/services}), to any function whose
 * environment names the sign-ups table.
 */
public final class SubscriptionPersonalRecordsProvider implements PersonalRecordsProvider {
    @Override
    public Optional<PersonalRecords> open(Map<String, String> environment, Clock clock) {
        return wiring(environment, clock).map(SubscriptionWiring::personalRecords);
    }

    @Override
    public Optional<EmailKeyBackfill> backfill(Map<String, String> environment) {
        return wiring(environment, Clock.systemUTC()).map(SubscriptionWiring::emailKeyBackfill);
    }

    private static Optional<SubscriptionWiring> wiring(Map<String, String> environment, Clock clock) {
        return environment.containsKey(SubscriptionWiring.SUBSCRIPTIONS_TABLE)
                ? Optional.of(new SubscriptionWiring(new Environment(environment), clock))
                : Optional.empty();
    }
}
