package fr.conciergeriesolidaire.programme.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event written back as field values ({@link EventFields}), as a person would type them: the header of a
 * Markdown event, the values of the back-office's form. {@link EventRules} reads them back into the same event.
 */
public final class EventText {
    private EventText() {}

    /** Every field of the event that has a value, by field name (the body aside: {@link ProgrammeEvent#description}). */
    public static Map<String, String> fields(ProgrammeEvent event) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(EventFields.TITLE, event.title());
        fields.put(EventFields.SUMMARY, event.summary());
        fields.put(EventFields.NEIGHBOURHOOD, event.neighbourhood());
        fields.put(EventFields.START, event.start().toLocalDateTime().toString());
        fields.put(EventFields.END, event.end().toLocalDateTime().toString());
        if (event.status() != EventStatus.SCHEDULED) {
            fields.put(EventFields.STATUS, event.status().headerValue());
        }
        putIfPresent(fields, EventFields.STATUS_NOTE, event.statusNote());
        if (event.previousStart() != null) {
            fields.put(
                    EventFields.PREVIOUS_START,
                    event.previousStart().toLocalDateTime().toString());
        }
        event.place().ifPresent(place -> {
            fields.put(EventFields.PLACE_NAME, place.name());
            if (place.address() != null) {
                fields.put(EventFields.PLACE_ADDRESS, place.address().oneLine());
            }
        });
        putIfPresent(fields, EventFields.PARTNER, event.partner());
        putIfPresent(fields, EventFields.REGISTRATION, event.registration());
        putIfPresent(fields, EventFields.CAPACITY, event.capacity());
        putIfPresent(fields, EventFields.PLACES_PER_REGISTRATION, event.placesPerRegistration());
        event.access()
                .forEach((disability, accessible) -> fields.put(disability.headerKey(), accessible ? "yes" : "no"));
        putIfPresent(fields, EventFields.ACCESS_NOTE, event.accessNote());
        if (event.sequence() > 0) {
            fields.put(EventFields.SEQUENCE, Integer.toString(event.sequence()));
        }
        return fields;
    }

    private static void putIfPresent(Map<String, String> fields, String field, Object value) {
        if (value != null) {
            fields.put(field, value.toString());
        }
    }
}
