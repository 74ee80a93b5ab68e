package fr.conciergeriesolidaire.functions.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The months the reports offer and how they are written: "mars 2026" in a sentence, "mars" under a column; the current
 * month in the conciergerie's time zone, and the months still held (orders are kept 13 months).
 */
final class Months {
    private final Clock clock;
    private final ZoneId zone;

    Months(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    YearMonth current() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), zone));
    }

    /** The current month and the {@code count - 1} before it, newest first. */
    List<YearMonth> latest(int count) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth month = current();
        for (int index = 0; index < count; index++) {
            months.add(month.minusMonths(index));
        }
        return months;
    }

    /** {@code 2026-03} as a month among {@code offered}, or empty. */
    static Optional<YearMonth> parse(String typed, List<YearMonth> offered) {
        return offered.stream()
                .filter(month -> month.toString().equals(typed.strip()))
                .findFirst();
    }

    /** "mars 2026". */
    static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " " + month.getYear();
    }

    /** "mars", "sept.": under a column. */
    static String shortName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.FRENCH);
    }
}
