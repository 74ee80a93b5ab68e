package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Instant;

/**
 * What the registrations of an event last knew of it ({@link EventFollowUp}): a later version of the event whose
 * date, place or status differ is news for the people registered.
 *
 * @param version the event's version in the events table
 * @param status its status's header value ({@code scheduled}, {@code cancelled}...)
 * @param place where, when not at its neighbourhood's counter: the place's name and address; empty at the counter
 */
record FollowedEvent(long version, String status, Instant start, Instant end, String place) {
    static FollowedEvent of(StoredEvent stored) {
        ProgrammeEvent event = stored.event();
        String place = event.place()
                .map(custom -> custom.name()
                        + (custom.address() == null
                                ? ""
                                : ", " + custom.address().oneLine()))
                .orElse("");
        return new FollowedEvent(
                stored.version(),
                event.status().headerValue(),
                event.start().toInstant(),
                event.end().toInstant(),
                place);
    }

    /** People are expected on its date. */
    boolean takesPlace() {
        return EventStatus.fromHeader(status).map(EventStatus::takesPlace).orElse(true);
    }

    /** The event takes place somewhere else or at another time. */
    boolean movedFrom(FollowedEvent before) {
        return !start.equals(before.start) || !end.equals(before.end) || !place.equals(before.place);
    }
}
