package fr.conciergeriesolidaire.programme.proposals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * A season of the programme, as neighbourhood associations count them in France: from 1 September to 31 August, like
 * the school year. The neighbourhood pages count the residents' ideas of the current season, so the figure starts
 * again from zero each September.
 *
 * @param firstYear the year of its September
 */
public record Season(int firstYear) {
    /** The season a day belongs to. */
    public static Season of(LocalDate day) {
        return new Season(day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1);
    }

    /** The season of that instant, in the site's zone. */
    public static Season of(Instant instant, ZoneId zone) {
        return of(LocalDate.ofInstant(instant, zone));
    }

    public LocalDate firstDay() {
        return LocalDate.of(firstYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    /** Its first instant, at midnight in the site's zone. */
    public Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** The first instant of the next season. */
    public Instant end(ZoneId zone) {
        return firstDay().plusYears(1).atStartOfDay(zone).toInstant();
    }

    /** As people write it: {@code 2026-2027}. */
    public String label() {
        return firstYear + "-" + (firstYear + 1);
    }
}
