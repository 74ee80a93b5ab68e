package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.privacy.EmailKeyBackfill;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecordsProvider;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The orders offered to "Mes données" (registered in {@code META-INF/services}), to any function whose environment
 * names the orders table.
 */
public final class OrderPersonalRecordsProvider implements PersonalRecordsProvider {
    @Override
    public Optional<PersonalRecords> open(Map<String, String> environment, Clock clock) {
        return wiring(environment, clock).map(OrderWiring::personalRecords);
    }

    @Override
    public Optional<EmailKeyBackfill> backfill(Map<String, String> environment) {
        return wiring(environment, Clock.systemUTC()).map(OrderWiring::emailKeyBackfill);
    }

    private static Optional<OrderWiring> wiring(Map<String, String> environment, Clock clock) {
        return environment.containsKey(OrderWiring.ORDERS_TABLE)
                ? Optional.of(new OrderWiring(new Environment(environment), clock))
                : Optional.empty();
    }
}
