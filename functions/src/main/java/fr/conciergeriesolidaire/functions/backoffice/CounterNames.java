package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.SiteData;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The counters and company sites of site/data/counters.yaml by id, as the screens name them. */
final class CounterNames {
    private final List<Counter> counters;
    private final Map<String, String> names;

    CounterNames(SiteData data) {
        this.counters = data.counters();
        this.names = counters.stream().collect(Collectors.toMap(Counter::id, Counter::name));
    }

    List<Counter> all() {
        return counters;
    }

    /** The names of these ids, in the given order; an id the catalogue no longer has is shown as it is. */
    List<String> of(List<String> ids) {
        return ids.stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
