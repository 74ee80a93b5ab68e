package fr.conciergeriesolidaire.functions.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every kind of record a function may read, found among the registered {@link PersonalRecordsProvider}s: the one
 * place where "Mes données" meets the features, without depending on any of them.
 */
public final class AllPersonalRecords {
    private final List<PersonalRecords> kinds;

    public AllPersonalRecords(List<PersonalRecords> kinds) {
        this.kinds = kinds.stream()
                .sorted(Comparator.comparing(PersonalRecords::kind))
                .toList();
    }

    /** The kinds the function's environment reaches (a table and its rights in template.yaml), by name. */
    public static AllPersonalRecords load(Map<String, String> environment, Clock clock) {
        List<PersonalRecords> kinds = new ArrayList<>();
        for (PersonalRecordsProvider provider : providers()) {
            provider.open(environment, clock).ifPresent(kinds::add);
        }
        return new AllPersonalRecords(kinds);
    }

    /** Every registered provider, whatever the environment. */
    public static List<PersonalRecordsProvider> providers() {
        List<PersonalRecordsProvider> providers = new ArrayList<>();
        ServiceLoader.load(PersonalRecordsProvider.class, PersonalRecordsProvider.class.getClassLoader())
                .forEach(providers::add);
        return providers;
    }

    public List<String> kinds() {
        return kinds.stream().map(PersonalRecords::kind).toList();
    }

    /** Every record of every kind holding that e-mail key, newest first. */
    public List<PersonalRecord> holding(String emailHash) {
        List<PersonalRecord> records = new ArrayList<>();
        kinds.forEach(kind -> records.addAll(kind.holding(emailHash)));
        records.sort(Comparator.comparing(PersonalRecord::receivedAt).reversed());
        return records;
    }

    /** Erases one record of a kind, if it holds that key; empty for an unknown kind or record. */
    public Optional<ErasedRecord> erase(String kind, String reference, String emailHash) {
        return kinds.stream()
                .filter(records -> records.kind().equals(kind))
                .findFirst()
                .flatMap(records -> records.erase(reference, emailHash));
    }
}
