package fr.conciergeriesolidaire.catalog;

import java.util.List;

/** A local partner of the social and solidarity economy, and the services it sells through the counters. */
public record Partner(
        String id,
        String name,
        String category,
        String kind,
        String summary,
        String email,
        List<String> counters,
        List<Service> services) {

    public Partner {
        counters = counters == null ? List.of() : List.copyOf(counters);
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** The counters where this service can be ordered: its own list, or else all of this partner's. */
    public List<String> countersOffering(Service service) {
        return service.counters().isEmpty() ? counters : service.counters();
    }
}
