package fr.conciergeriesolidaire.functions.privacy;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * How a feature offers its {@link PersonalRecords} without anyone depending on it: it implements this interface and
 * names the implementation in {@code META-INF/services/fr.conciergeriesolidaire.functions.privacy.PersonalRecordsProvider},
 * and {@link AllPersonalRecords} finds it with {@link java.util.ServiceLoader}. Features stay independent of each
 * other (ArchitectureTest); a function reads a kind only if template.yaml gives it that kind's table (and the rights
 * on it).
 */
public interface PersonalRecordsProvider {
    /**
     * The kind's records as that function's environment reaches them.
     *
     * @param environment the function's variables (template.yaml)
     * @return empty when the environment names no table of this kind
     */
    Optional<PersonalRecords> open(Map<String, String> environment, Clock clock);

    /**
     * The one-shot that adds the e-mail key to records stored before the kind had one (template.yaml,
     * EmailKeyBackfillFunction); empty for a kind that always stored it.
     */
    default Optional<EmailKeyBackfill> backfill(Map<String, String> environment) {
        return Optional.empty();
    }
}
