package fr.conciergeriesolidaire.site;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads iCalendar files back with ical4j's parser, as a calendar client would. */
final class IcsFiles {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private IcsFiles() {}

    static Calendar parse(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(reader);
        }
    }

    static List<VEvent> read(Path file) throws Exception {
        return parse(file).getComponents().stream()
                .filter(VEvent.class::isInstance)
                .map(VEvent.class::cast)
                .toList();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    /** DTSTART as an instant, e.g. "2026-12-08T15:00:00Z": the file must hold it in UTC. */
    static String start(VEvent event) {
        return utc(value(event, Property.DTSTART));
    }

    static String end(VEvent event) {
        return utc(value(event, Property.DTEND));
    }

    private static String utc(String value) {
        Instant instant = LocalDateTime.parse(value, UTC).toInstant(ZoneOffset.UTC);
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
