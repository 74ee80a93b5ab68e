package fr.conciergeriesolidaire.programme.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an event stands, as event programmes publish it (OpenAgenda's statuses), mapped to schema.org's
 * {@code eventStatus} and to iCalendar's {@code STATUS}.
 */
public enum EventStatus {
    SCHEDULED("scheduled", "EventScheduled", "CONFIRMED"),
    /** Same date, but every place is taken: schema.org has no status for it, the capacity says so. */
    FULL("full", "EventScheduled", "CONFIRMED"),
    /** Moved to a new date, given in the header along with the former one. */
    RESCHEDULED("rescheduled", "EventRescheduled", "CONFIRMED"),
    /** Will not take place on that date; the new date is not known yet. */
    POSTPONED("postponed", "EventPostponed", "TENTATIVE"),
    CANCELLED("cancelled", "EventCancelled", "CANCELLED");

    private final String headerValue;
    private final String schemaOrg;
    private final String icalendar;

    EventStatus(String headerValue, String schemaOrg, String icalendar) {
        this.headerValue = headerValue;
        this.schemaOrg = schemaOrg;
        this.icalendar = icalendar;
    }

    /** The value written in content headers ({@code eventStatus=...}), also the key of its label in messages. */
    public String headerValue() {
        return headerValue;
    }

    public String schemaOrgUrl() {
        return "https://schema.org/" + schemaOrg;
    }

    public String icalendar() {
        return icalendar;
    }

    /** False when people should not come on that date. */
    public boolean takesPlace() {
        return this != POSTPONED && this != CANCELLED;
    }

    public static Optional<EventStatus> fromHeader(String value) {
        return Arrays.stream(values())
                .filter(status -> status.headerValue.equals(value))
                .findFirst();
    }
}
