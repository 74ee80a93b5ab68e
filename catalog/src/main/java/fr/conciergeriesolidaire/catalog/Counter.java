package fr.conciergeriesolidaire.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A counter (comptoir) where orders are dropped off and picked up, with its weekly opening hours. */
public record Counter(
        String id,
        CounterKind kind,
        String neighbourhood,
        String name,
        Address address,
        String access,
        int slotMinutes,
        List<OpeningHours> hours,
        List<LocalDate> closedDates) {

    public Counter {
        hours = hours == null ? List.of() : List.copyOf(hours);
        closedDates = closedDates == null ? List.of() : List.copyOf(closedDates);
    }

    /** True when the window [from, to) on that date lies inside one opening and the counter is not closed. */
    public boolean isOpen(LocalDate date, LocalTime from, LocalTime to) {
        if (closedDates.contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return hours.stream().anyMatch(opening -> opening.covers(day, from, to));
    }
}
