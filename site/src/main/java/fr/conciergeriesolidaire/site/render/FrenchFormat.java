package fr.conciergeriesolidaire.site.render;

import fr.conciergeriesolidaire.catalog.OpeningHours;
import fr.conciergeriesolidaire.site.event.Event;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates, hours and prices as French readers expect them: "mardi 8 décembre 2026, 16 h – 18 h", "12,50 €", with
 * non-breaking spaces where French typography wants them. Exposed to the templates as {@code fmt}.
 */
public final class FrenchFormat {
    /** Non-breaking space: between a number and its unit. */
    static final String NBSP = "\u00a0";

    /** Narrow non-breaking space: the French thousands separator. */
    private static final String NNBSP = "\u202f";

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ISO_LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

    /** "mardi 8 décembre 2026", "vendredi 1er janvier 2027". */
    public String date(LocalDate date) {
        int day = date.getDayOfMonth();
        return day(date.getDayOfWeek()) + " " + (day == 1 ? "1er" : Integer.toString(day)) + " "
                + date.format(DAY_MONTH_YEAR);
    }

    public String date(ZonedDateTime dateTime) {
        return date(dateTime.toLocalDate());
    }

    /** "mardi". */
    public String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    /** "16 h", "16 h 30". */
    public String time(LocalTime time) {
        return time.getHour() + NBSP + "h"
                + (time.getMinute() == 0 ? "" : NBSP + String.format("%02d", time.getMinute()));
    }

    public String time(ZonedDateTime dateTime) {
        return time(dateTime.toLocalTime());
    }

    /** "16 h – 18 h 30". */
    public String timeRange(LocalTime from, LocalTime to) {
        return time(from) + NBSP + "– " + time(to);
    }

    /** "mardi 8 décembre 2026, 16 h – 18 h", or "du … au …" for an event over several days. */
    public String when(Event event) {
        ZonedDateTime start = event.start();
        ZonedDateTime end = event.end();
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return date(start) + ", " + timeRange(start.toLocalTime(), end.toLocalTime());
        }
        return "du " + date(start) + ", " + time(start) + " au " + date(end) + ", " + time(end);
    }

    /** "16 h à 18 h" of an opening, without its day. */
    public String opening(OpeningHours hours) {
        return "de " + time(hours.opens()) + " à " + time(hours.closes());
    }

    /** For the {@code datetime} attribute of {@code <time>}: "2026-12-08T16:00+01:00". */
    public String iso(ZonedDateTime dateTime) {
        return dateTime.format(ISO_LOCAL_MINUTES);
    }

    /** "12,50 €", "1 250,00 €". */
    public String price(long cents) {
        return count(cents / 100) + "," + String.format("%02d", cents % 100) + NBSP + "€";
    }

    /** "10 000": thousands separated by a narrow non-breaking space. */
    public String count(long number) {
        String digits = Long.toString(number);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(NNBSP);
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /** "13 mois", "3 ans", "60 jours". */
    public String period(Period period) {
        if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
            return plural(period.getYears(), "an", "ans");
        }
        if (period.toTotalMonths() > 0 && period.getDays() == 0) {
            return period.toTotalMonths() + NBSP + "mois";
        }
        return plural(period.getDays(), "jour", "jours");
    }

    /** "1 heure", "24 heures", "30 minutes". */
    public String duration(Duration duration) {
        if (duration.toMinutesPart() == 0 && duration.toHours() > 0) {
            return plural(duration.toHours(), "heure", "heures");
        }
        return plural(duration.toMinutes(), "minute", "minutes");
    }

    private static String plural(long count, String one, String many) {
        return count + NBSP + (count > 1 ? many : one);
    }
}
