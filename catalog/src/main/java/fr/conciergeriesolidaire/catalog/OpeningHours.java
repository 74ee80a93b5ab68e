package fr.conciergeriesolidaire.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly opening of a counter, in the organisation's local time zone. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    public boolean covers(DayOfWeek onDay, LocalTime from, LocalTime to) {
        return day == onDay && !from.isBefore(opens) && !to.isAfter(closes) && from.isBefore(to);
    }
}
