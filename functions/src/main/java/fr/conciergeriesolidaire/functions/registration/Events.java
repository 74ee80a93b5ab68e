package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The programme's events as the registrations read them (template.yaml's EventsTable); never written here. */
interface Events {
    /** The event as stored now (strongly consistent), by its slug. */
    Optional<StoredEvent> find(String slug);

    /** Every event starting from {@code from} on, earliest first. */
    List<StoredEvent> startingFrom(Instant from);
}
