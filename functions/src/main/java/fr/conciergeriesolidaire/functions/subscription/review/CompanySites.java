package fr.conciergeriesolidaire.functions.subscription.review;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.CounterKind;
import fr.conciergeriesolidaire.catalog.SiteData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The company sites of site/data/counters.yaml (counters of kind {@code company}), by id: what a sign-up may be given
 * as its site once agreed. A site is added to counters.yaml (and published) before its sign-up becomes active.
 */
final class CompanySites {
    private final Map<String, String> names = new LinkedHashMap<>();

    CompanySites(SiteData data) {
        for (Counter counter : data.counters()) {
            if (counter.kind() == CounterKind.COMPANY) {
                names.put(counter.id(), counter.name());
            }
        }
    }

    boolean contains(String id) {
        return names.containsKey(id);
    }

    /** Ids and names, in the catalogue's order. */
    Map<String, String> all() {
        return names;
    }

    /** The site's name; an id the catalogue no longer has is shown as it is. */
    String nameOf(String id) {
        return names.getOrDefault(id, id);
    }

    Optional<String> nameOf(Optional<String> id) {
        return id.map(this::nameOf);
    }
}
