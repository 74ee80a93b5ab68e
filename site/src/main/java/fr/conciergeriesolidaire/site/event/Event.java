package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.programme.event.Disability;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.programme.event.Place;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.PageBacked;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A neighbourhood activity as the site shows it: the programme's event (checked by its rules), its page, and what
 * it refers to in the data (neighbourhood, place, partner) resolved.
 *
 * @param partner the partner involved, null when none
 */
public record Event(ContentFile page, ProgrammeEvent details, Neighbourhood neighbourhood, Place place, Partner partner)
        implements PageBacked {
    /**
     * The page header key of an event's last revision (UTC ISO-8601), which the events table knows and Markdown does
     * not: calendars stamp the event with it, so that a rebuild of an unchanged event writes the same calendar.
     */
    public static final String REVISED = "revised";

    /** When the event was last changed, if its source knows. */
    public Optional<Instant> revised() {
        return page.value(REVISED).map(Instant::parse);
    }

    /** Stable identifier: the event's folder name (or key in the table), which outlives changes of date or title. */
    public String id() {
        return page.slug();
    }

    public ZonedDateTime start() {
        return details.start();
    }

    public ZonedDateTime end() {
        return details.end();
    }

    public EventStatus status() {
        return details.status();
    }

    /** What the page says about the status in the team's words (why it is cancelled...), null when nothing. */
    public String statusNote() {
        return details.statusNote();
    }

    public Integer capacity() {
        return details.capacity();
    }

    /** How to register, null when no registration is needed. */
    public String registration() {
        return details.registration();
    }

    public Integer placesPerRegistration() {
        return details.placesPerRegistration();
    }

    public Map<Disability, Boolean> access() {
        return details.access();
    }

    public String accessNote() {
        return details.accessNote();
    }

    /** The iCalendar SEQUENCE: 0 until a change people should notice. */
    public int sequence() {
        return details.sequence();
    }

    /** The event's own calendar, beside its page. */
    public String calendarPath() {
        return path() + "evenement.ics";
    }

    /** Still to come (or under way) at that instant. */
    public boolean isUpcoming(Instant now) {
        return end().toInstant().isAfter(now);
    }

    public Optional<ZonedDateTime> formerStart() {
        return Optional.ofNullable(details.previousStart());
    }

    /** The kinds of disability whose access is known, in a stable order, for the templates. */
    public List<Disability> knownAccess() {
        return details.knownAccess();
    }

    public boolean isAccessibleFor(Disability disability) {
        return Boolean.TRUE.equals(access().get(disability));
    }
}
