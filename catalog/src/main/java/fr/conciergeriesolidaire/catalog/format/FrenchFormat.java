package fr.conciergeriesolidaire.catalog.format;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Amounts, counts, dates and hours as French readers expect them, the same on the site's pages and in the
 * functions' pages and e-mails: "12,50 €", "10 000", "mardi 8 décembre 2026", "vendredi 1er janvier 2027",
 * "16 h", "16 h 30", with non-breaking spaces where French typography wants them. No {@code String.format}: the
 * functions use it on their cold path, where {@code java.util.Formatter} costs class loading.
 */
public final class FrenchFormat {
    /** Non-breaking space: between a number and its unit. */
    public static final String NBSP = "\u00a0";

    /** Narrow non-breaking space: the French thousands separator. */
    private static final String NNBSP = "\u202f";

    private FrenchFormat() {}

    /** "mardi 8 décembre 2026", "vendredi 1er janvier 2027". */
    public static String date(LocalDate date) {
        int day = date.getDayOfMonth();
        return day(date.getDayOfWeek()) + " " + (day == 1 ? "1er" : Integer.toString(day)) + " "
                + date.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " " + date.getYear();
    }

    /** "lundi 2 mars 2026 à 10 h 05": an instant where the conciergerie is. */
    public static String moment(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return date(local.toLocalDate()) + " à "
                + time(local.toLocalTime().withSecond(0).withNano(0));
    }

    /** "mardi". */
    public static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    /** "16 h", "16 h 30". */
    public static String time(LocalTime time) {
        return time.getHour() + NBSP + "h" + (time.getMinute() == 0 ? "" : NBSP + twoDigits(time.getMinute()));
    }

    /** "16 h – 18 h 30", as in a programme. */
    public static String timeRange(LocalTime from, LocalTime to) {
        return time(from) + NBSP + "– " + time(to);
    }

    /** "de 16 h à 18 h 30", as in a sentence. */
    public static String window(LocalTime from, LocalTime to) {
        return "de " + time(from) + " à " + time(to);
    }

    /**
     * When an event takes place, in its own zone: "mardi 8 décembre 2026, 16 h – 18 h", or "du … au …" over several
     * days.
     */
    public static String span(ZonedDateTime start, ZonedDateTime end) {
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return date(start.toLocalDate()) + ", " + timeRange(start.toLocalTime(), end.toLocalTime());
        }
        return "du " + date(start.toLocalDate()) + ", " + time(start.toLocalTime()) + " au " + date(end.toLocalDate())
                + ", " + time(end.toLocalTime());
    }

    /** "12,50 €", "1 250,00 €", "-3,00 €". */
    public static String price(long cents) {
        String sign = cents < 0 ? "-" : "";
        long absolute = Math.abs(cents);
        return sign + count(absolute / 100) + "," + twoDigits(absolute % 100) + NBSP + "€";
    }

    /** "10 000": thousands separated by a narrow non-breaking space. */
    public static String count(long number) {
        String digits = Long.toString(Math.abs(number));
        StringBuilder grouped = new StringBuilder(number < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(NNBSP);
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /** "13 mois", "3 ans", "60 jours". */
    public static String period(Period period) {
        if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
            return plural(period.getYears(), "an", "ans");
        }
        if (period.toTotalMonths() > 0 && period.getDays() == 0) {
            return period.toTotalMonths() + NBSP + "mois";
        }
        return plural(period.getDays(), "jour", "jours");
    }

    /** "1 heure", "24 heures", "30 minutes". */
    public static String duration(Duration duration) {
        if (duration.toMinutesPart() == 0 && duration.toHours() > 0) {
            return plural(duration.toHours(), "heure", "heures");
        }
        return plural(duration.toMinutes(), "minute", "minutes");
    }

    private static String twoDigits(long number) {
        return number < 10 ? "0" + number : Long.toString(number);
    }

    private static String plural(long count, String one, String many) {
        return count + NBSP + (count > 1 ? many : one);
    }
}
