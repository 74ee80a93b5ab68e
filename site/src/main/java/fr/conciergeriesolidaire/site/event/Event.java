package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.PageBacked;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A neighbourhood activity, read from its content file and checked against the data.
 *
 * @param previousStart the former start of a rescheduled event, null otherwise
 * @param capacity the number of places, null when not limited
 * @param access for each kind of disability, whether the event is accessible; absent when not known
 */
public record Event(
        ContentFile page,
        Neighbourhood neighbourhood,
        ZonedDateTime start,
        ZonedDateTime end,
        EventStatus status,
        ZonedDateTime previousStart,
        Place place,
        Integer capacity,
        String registration,
        Map<Disability, Boolean> access,
        String accessNote)
        implements PageBacked {

    public Event {
        access = Map.copyOf(access);
    }

    /** Stable identifier: the event's folder name, which outlives changes of date or title. */
    public String id() {
        return page.slug();
    }

    /** The event's own calendar, beside its page. */
    public String calendarPath() {
        return path() + "evenement.ics";
    }

    /** Still to come (or under way) at that instant. */
    public boolean isUpcoming(Instant now) {
        return end.toInstant().isAfter(now);
    }

    public Optional<ZonedDateTime> formerStart() {
        return Optional.ofNullable(previousStart);
    }

    /** The kinds of disability whose access is known, in a stable order, for the templates. */
    public List<Disability> knownAccess() {
        return List.of(Disability.values()).stream().filter(access::containsKey).toList();
    }

    public boolean isAccessibleFor(Disability disability) {
        return Boolean.TRUE.equals(access.get(disability));
    }
}
