package fr.conciergeriesolidaire.programme.event;

/**
 * Which rule of {@link EventRules} a problem breaks: stable names that each reader words for its own audience. The
 * site's build reports the rules' French messages to whoever wrote the Markdown (they name header keys); the
 * back-office words the same rules for its form, from the site's wording ({@code event.rule.<key>}).
 */
public enum EventRule {
    /** The identifier is not lower case letters, digits and dashes, or too long. */
    SLUG("slug"),
    REQUIRED("required"),
    /** Longer than the field allows; argument: the most characters allowed. */
    TOO_LONG("tooLong"),
    /** A line break in a field written on one line (title, summary, place...). */
    ONE_LINE("oneLine"),
    /** Raw HTML in the Markdown text: the site writes the only markup. */
    HTML("html"),
    UNKNOWN_NEIGHBOURHOOD("unknownNeighbourhood"),
    /** Not a date and time written {@code YYYY-MM-DDTHH:MM}. */
    DATE_TIME("dateTime"),
    /** A time that does not exist that day in the site's zone (the hour skipped when summer time starts). */
    NO_SUCH_TIME("noSuchTime"),
    END_BEFORE_START("endBeforeStart"),
    UNKNOWN_STATUS("unknownStatus"),
    /** A former date without the status "rescheduled", or that status without its former date. */
    PREVIOUS_START("previousStart"),
    /** Not a whole number above zero. */
    POSITIVE("positive"),
    /** Places per registration for an event without registration. */
    NEEDS_REGISTRATION("needsRegistration"),
    /** More places per registration than places; argument: the number of places. */
    MORE_THAN_CAPACITY("moreThanCapacity"),
    /** An accessibility answer other than yes or no. */
    YES_NO("yesNo"),
    /** The neighbourhood has no counter: the place must be given with its address. */
    NO_COUNTER("noCounter"),
    /** An address that is not "street, postcode city". */
    ADDRESS("address"),
    UNKNOWN_PARTNER("unknownPartner"),
    /** The calendar's revision number is not a whole number, 0 or more. */
    SEQUENCE("sequence");

    private final String key;

    EventRule(String key) {
        this.key = key;
    }

    /** Its name in wording keys, e.g. {@code tooLong}. */
    public String key() {
        return key;
    }
}
