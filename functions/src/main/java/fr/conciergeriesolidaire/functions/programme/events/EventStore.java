package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the programme's events live: the events table the publisher builds the site from (programme's {@code
 * EventTable}). Failures to reach it are {@code StorageUnavailableException}s.
 */
public interface EventStore {
    /** The event of that slug as stored now (strongly consistent read). */
    Optional<StoredEvent> find(String slug);

    /** Adds the event as version 1, unless its slug is taken (then false, and nothing is written). */
    boolean insert(ProgrammeEvent event, Instant now);

    /**
     * Replaces the event, if it is still at the version its author saw.
     *
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException if it changed meanwhile
     */
    StoredEvent replace(ProgrammeEvent event, long seenVersion, Instant now);

    /** One neighbourhood's events starting from {@code from} on, earliest first. */
    List<StoredEvent> inNeighbourhoodFrom(String neighbourhood, Instant from);
}
