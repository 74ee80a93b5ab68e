package fr.conciergeriesolidaire.site.publish;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.site.SiteAddress;
import fr.conciergeriesolidaire.site.SiteContent;
import fr.conciergeriesolidaire.site.event.Event;
import fr.conciergeriesolidaire.site.render.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Writes the iCalendar files with ical4j (folding, escaping and dates per RFC 5545): one with every event beside
 * the agenda page, one per neighbourhood beside its page, one per event beside its page. Times are written in UTC,
 * which every client converts to its reader's zone, so no VTIMEZONE has to be kept in step with the rules.
 */
public final class Calendars {
    /** Subscribed calendars are refreshed daily, as often as the site is rebuilt. */
    private static final Duration REFRESH = Duration.ofDays(1);

    private static final int CALENDAR_CAPACITY = 4096;

    private final SiteContent content;
    private final SiteAddress address;
    private final Messages messages;
    private final String organisationName;
    private final Instant stamp;
    private final CalendarTexts texts;
    private final Map<CalendarTexts.Key, String> previous;
    private final Map<CalendarTexts.Key, String> kept = new HashMap<>();
    // By identity: an Event's own hashCode walks its whole page, body included.
    private final Map<Event, CalendarTexts.EventFields> fields = new IdentityHashMap<>();
    private final Map<Event, VEvent> vevents = new IdentityHashMap<>();

    /**
     * @param stamp the build's "now", written as DTSTAMP (when the calendar data was produced) for the events whose
     *     last revision is not known (Markdown ones)
     * @param texts the calendars of the previous build of the same builder, which keeps this build's for the next
     */
    public Calendars(
            SiteContent content,
            SiteAddress address,
            Messages messages,
            String organisationName,
            Instant stamp,
            CalendarTexts texts) {
        this.content = content;
        this.address = address;
        this.messages = messages;
        this.organisationName = organisationName;
        this.stamp = stamp;
        this.texts = texts;
        this.previous = texts.previous();
    }

    /**
     * Writes every calendar under the output folder and returns their paths, relative to the site root. Each event's
     * VEVENT is built once and shared by the three calendars that hold it (all events, its neighbourhood, its own),
     * and validated once, with the calendar of all events: the others hold a subset of the same components under the
     * same calendar properties. (Building and validating them for each calendar took a fifth of a 1,000-page build.)
     * A calendar made of exactly the same parts as one of the previous build is not built again: its text is reused
     * (and the calendar of all events was validated when it was first built).
     */
    public List<String> writeAll(SiteFiles output) {
        List<Event> events = content.events();
        events.forEach(event -> fields.put(event, fields(event)));
        List<String> written = new ArrayList<>();
        if (!events.isEmpty()) {
            written.add(write(
                    output,
                    content.calendarPath(),
                    messages.get("calendar.all") + " – " + organisationName,
                    events,
                    true));
            for (Neighbourhood hood :
                    events.stream().map(Event::neighbourhood).distinct().toList()) {
                List<Event> inHood = events.stream()
                        .filter(event -> event.neighbourhood().equals(hood))
                        .toList();
                String name = messages.get("calendar.neighbourhood") + " " + hood.name() + " – " + organisationName;
                written.add(write(output, content.neighbourhoodCalendarPath(hood.id()), name, inHood, false));
            }
            for (Event event : events) {
                written.add(write(output, event.calendarPath(), event.title(), List.of(event), false));
            }
        }
        texts.keep(kept);
        return written;
    }

    /** Puts the calendar of {@code events} at {@code path}, validating it first if asked. */
    private String write(SiteFiles output, String path, String name, List<Event> events, boolean validate) {
        CalendarTexts.Key key = new CalendarTexts.Key(
                organisationName, name, events.stream().map(fields::get).toList());
        String text = previous.get(key);
        if (text == null) {
            Calendar calendar = calendar(
                    name,
                    events.stream()
                            .map(event -> vevents.computeIfAbsent(event, built -> vevent(fields.get(built))))
                            .toList());
            if (validate) {
                ValidationResult validation = calendar.validate();
                if (validation.hasErrors()) {
                    throw new IllegalStateException("Invalid calendar " + path + ": " + validation);
                }
            }
            text = text(path, calendar);
        }
        kept.put(key, text);
        output.put(path.substring(1), text);
        return path;
    }

    private Calendar calendar(String name, List<VEvent> events) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//" + organisationName + "//Agenda//FR"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", name))
                .add(new RefreshInterval(new ParameterList(), REFRESH))
                .add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        // No METHOD: a published feed is not an iTIP message, and METHOD:PUBLISH would demand an ORGANIZER.
        events.forEach(calendar::add);
        return calendar;
    }

    private static String text(String path, Calendar calendar) {
        StringBuilderWriter text = new StringBuilderWriter(CALENDAR_CAPACITY);
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Cannot write " + path, unwritable);
        }
        return text.toString();
    }

    /** What the event's VEVENT is written from. */
    private CalendarTexts.EventFields fields(Event event) {
        String summary = event.status() == EventStatus.SCHEDULED
                ? event.title()
                : event.title() + " ("
                        + messages.get("event.status." + event.status().headerValue())
                                .toLowerCase() + ")";
        Address where = event.place().address();
        return new CalendarTexts.EventFields(
                event.id() + "@" + address.host(),
                event.revised().orElse(stamp),
                event.start().toInstant(),
                event.end().toInstant(),
                summary,
                event.status().icalendar(),
                event.sequence(),
                event.place().name() + ", " + where.oneLine(),
                // A calendar shows no page: what the team says of a cancellation or a new date comes first.
                event.statusNote() == null ? event.description() : event.statusNote() + "\n\n" + event.description(),
                address.absolute(event.path()));
    }

    private static VEvent vevent(CalendarTexts.EventFields event) {
        // The constructor stamps the event with the wall clock: the stamp is replaced by the build's "now".
        VEvent vevent = new VEvent(event.start(), event.end(), event.summary())
                .add(new Uid(event.uid()))
                .replace(new DtStamp(event.stamp()));
        if (event.sequence() > 0) {
            // RFC 5545's default is 0: calendars of events never changed stay as they were written before SEQUENCE.
            vevent.add(new Sequence(event.sequence()));
        }
        return vevent.add(new Status(event.status()))
                .add(new Location(event.location()))
                .add(new Description(event.description()))
                .add(new Url(URI.create(event.url())));
    }
}
