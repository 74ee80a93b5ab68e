package fr.conciergeriesolidaire.functions.format;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How amounts, counts, dates and times read in French: "12,50 €", "10 000", "mardi 14 avril 2026", "16 h 30". */
public final class FrenchFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final String NBSP = "\u00a0";

    private FrenchFormat() {}

    public static String euros(long cents) {
        String sign = cents < 0 ? "-" : "";
        long absolute = Math.abs(cents);
        return sign + count(absolute / 100) + "," + String.format(Locale.ROOT, "%02d", absolute % 100) + NBSP + "€";
    }

    /** "10 000": thousands grouped with a narrow non-breaking space, as French typography wants. */
    public static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number).replace(",", "\u202f");
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String time(LocalTime time) {
        return time.getHour() + NBSP + "h" + NBSP + String.format(Locale.ROOT, "%02d", time.getMinute());
    }

    /** "de 16 h 00 à 16 h 30" */
    public static String window(LocalTime from, LocalTime to) {
        return "de " + time(from) + " à " + time(to);
    }
}
