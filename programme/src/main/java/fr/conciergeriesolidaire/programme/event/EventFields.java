package fr.conciergeriesolidaire.programme.event;

import java.util.List;

/**
 * The names of an event's fields as people write them: the header keys of a Markdown event
 * ({@code content/agenda/<slug>/index.md}) and the field names of the back-office's event form, so that one
 * rule set ({@link EventRules}) checks both and its problems point at the key or the form field to fix.
 */
public final class EventFields {
    public static final String TITLE = "title";
    /** The short summary shown in lists and search results (a page's {@code description}). */
    public static final String SUMMARY = "description";
    /** The Markdown text of the event page (the body of a Markdown event, below its header). */
    public static final String BODY = "body";

    public static final String NEIGHBOURHOOD = "neighbourhood";
    public static final String START = "start";
    public static final String END = "end";
    public static final String STATUS = "eventStatus";
    /** What the public page says about the status, in the team's words (why it is cancelled, postponed...). */
    public static final String STATUS_NOTE = "statusNote";

    public static final String PREVIOUS_START = "previousStart";
    public static final String PLACE_NAME = "placeName";
    public static final String PLACE_ADDRESS = "placeAddress";
    public static final String PARTNER = "partner";
    public static final String REGISTRATION = "registration";
    public static final String CAPACITY = "capacity";
    public static final String PLACES_PER_REGISTRATION = "placesPerRegistration";
    public static final String ACCESS_NOTE = "accessNote";
    public static final String SEQUENCE = "sequence";

    /** Every key an event's header may hold besides the common page keys (access keys included). */
    public static final List<String> HEADER_KEYS = List.of(
            NEIGHBOURHOOD,
            START,
            END,
            STATUS,
            STATUS_NOTE,
            PREVIOUS_START,
            PLACE_NAME,
            PLACE_ADDRESS,
            PARTNER,
            REGISTRATION,
            CAPACITY,
            PLACES_PER_REGISTRATION,
            Disability.MOTOR.headerKey(),
            Disability.HEARING.headerKey(),
            Disability.VISUAL.headerKey(),
            Disability.PSYCHIC.headerKey(),
            Disability.INTELLECTUAL.headerKey(),
            ACCESS_NOTE,
            SEQUENCE);

    private EventFields() {}
}
