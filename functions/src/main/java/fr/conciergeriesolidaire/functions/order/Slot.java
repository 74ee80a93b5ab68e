package fr.conciergeriesolidaire.functions.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A drop-off window at a counter, in its local time, and the instant it starts. */
public record Slot(LocalDate date, LocalTime from, LocalTime to, Instant start) {
    /** As in the form: {@code HH:MM-HH:MM}. */
    public String window() {
        return from + "-" + to;
    }
}
