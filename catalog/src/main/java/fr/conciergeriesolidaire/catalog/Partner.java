package fr.conciergeriesolidaire.catalog;

import java.util.List;

/**
 * A local partner of the social and solidarity economy, and the services it sells through the counters.
 *
 * @param orderEmails one e-mail per order (default) or one digest per pickup window
 */
public record Partner(
        String id,
        String name,
        String category,
        String kind,
        String summary,
        String email,
        List<String> counters,
        List<Service> services,
        PartnerEmails orderEmails) {

    public Partner {
        counters = counters == null ? List.of() : List.copyOf(counters);
        services = services == null ? List.of() : List.copyOf(services);
        orderEmails = orderEmails == null ? PartnerEmails.EACH : orderEmails;
    }

    /** The counters where this service can be ordered: its own list, or else all of this partner's. */
    public List<String> countersOffering(Service service) {
        return service.counters().isEmpty() ? counters : service.counters();
    }
}
