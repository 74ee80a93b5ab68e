package fr.conciergeriesolidaire.catalog;

import java.util.List;

/**
 * A service a partner sells at its own preferential price (no commission is added).
 *
 * @param counters the counters offering it; empty means all of its partner's counters
 */
public record Service(
        String id,
        String name,
        String unit,
        long priceCents,
        int maxQuantity,
        String conditions,
        Boolean active,
        List<String> counters) {

    public Service {
        active = active == null || active;
        counters = counters == null ? List.of() : List.copyOf(counters);
    }

    public boolean isActive() {
        return active;
    }
}
