package fr.conciergeriesolidaire.programme.table;

import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.Instant;

/**
 * An event as the table holds it.
 *
 * @param version raised by each write: a change is a conditional write on the version its author saw
 */
public record StoredEvent(ProgrammeEvent event, long version, Instant updatedAt) {}
