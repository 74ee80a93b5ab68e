package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/**
 * The team marks who came, once the event has begun: each mark one conditional write on the version of the
 * registration the member saw (two phones marking at once never overwrite each other silently), then the event's
 * participation recounted from its registrations for the indicators.
 */
final class Attendance {
    private static final System.Logger LOG = System.getLogger(Attendance.class.getName());

    private final Events events;
    private final RegistrationStore registrations;
    private final ParticipationFigures figures;
    private final EventAccess access;
    private final Clock clock;

    Attendance(
            Events events,
            RegistrationStore registrations,
            ParticipationFigures figures,
            EventAccess access,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.figures = figures;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @throws NoSuchRecordException for an unknown event, or a registration of another event
     * @throws ChangeRefusedException before the event has begun, or for a registration not confirmed
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException if it changed since the member saw it
     */
    Registration mark(SignedInMember member, String event, String reference, long seenVersion, boolean present) {
        Instant now = clock.instant();
        StoredEvent stored = events.find(event).orElseThrow(NoSuchRecordException::new);
        access.check(member, stored.event());
        Registration registration = registrations
                .find(reference)
                .filter(found -> found.event().equals(event))
                .orElseThrow(NoSuchRecordException::new);
        if (now.isBefore(stored.event().start().toInstant())) {
            throw new ChangeRefusedException("registration.attendance.tooEarly");
        }
        Registration marked =
                registrations.markAttendance(registration.reference(), seenVersion, present, member.memberId(), now);
        recount(stored, now);
        return marked;
    }

    /** The event's figures from its registrations as they now are; a failure waits for the next mark. */
    private void recount(StoredEvent stored, Instant now) {
        try {
            figures.record(
                    ParticipationCount.of(
                            stored.event(), registrations.ofEvent(stored.event().slug())),
                    now);
        } catch (RuntimeException later) {
            LOG.log(
                    Level.WARNING,
                    "Participation of {0} counted at the next mark: {1}",
                    stored.event().slug(),
                    later.getClass().getSimpleName());
        }
    }
}
