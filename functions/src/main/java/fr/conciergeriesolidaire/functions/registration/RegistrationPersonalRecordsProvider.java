package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecordsProvider;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The registrations offered to "Mes données" (registered in {@code META-INF/services}), to any function whose
 * environment names the registrations table. No backfill: every registration was stored with its e-mail key.
 */
public final class RegistrationPersonalRecordsProvider implements PersonalRecordsProvider {
    @Override
    public Optional<PersonalRecords> open(Map<String, String> environment, Clock clock) {
        return environment.containsKey(RegistrationWiring.REGISTRATIONS_TABLE)
                ? Optional.of(new RegistrationWiring(new Environment(environment), clock).personalRecords())
                : Optional.empty();
    }
}
