package fr.conciergeriesolidaire.site.render;

import fr.conciergeriesolidaire.catalog.OpeningHours;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.site.event.Event;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The templates' {@code fmt}: the shared {@link FrenchFormat} (the functions' pages and e-mails read the same), plus
 * what only pages need: zoned date-times, an event's dates, an opening, the {@code datetime} attribute.
 */
public final class TemplateFormat {
    private static final DateTimeFormatter ISO_LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

    public String date(LocalDate date) {
        return FrenchFormat.date(date);
    }

    public String date(ZonedDateTime dateTime) {
        return FrenchFormat.date(dateTime.toLocalDate());
    }

    public String day(DayOfWeek day) {
        return FrenchFormat.day(day);
    }

    public String time(ZonedDateTime dateTime) {
        return FrenchFormat.time(dateTime.toLocalTime());
    }

    /** "mardi 8 décembre 2026, 16 h – 18 h", or "du … au …" for an event over several days. */
    public String when(Event event) {
        return FrenchFormat.span(event.start(), event.end());
    }

    /** "de 16 h à 18 h" of an opening, without its day. */
    public String opening(OpeningHours hours) {
        return FrenchFormat.window(hours.opens(), hours.closes());
    }

    /** For the {@code datetime} attribute of {@code <time>}: "2026-12-08T16:00+01:00". */
    public String iso(ZonedDateTime dateTime) {
        return dateTime.format(ISO_LOCAL_MINUTES);
    }

    public String price(long cents) {
        return FrenchFormat.price(cents);
    }

    public String count(long number) {
        return FrenchFormat.count(number);
    }

    public String period(Period period) {
        return FrenchFormat.period(period);
    }

    public String duration(Duration duration) {
        return FrenchFormat.duration(duration);
    }
}
