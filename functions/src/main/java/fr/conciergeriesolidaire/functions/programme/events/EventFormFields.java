package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.programme.event.EventFields;

/**
 * The fields of the back-office's event forms: the event's own fields under the names its rules read ({@link
 * EventFields}: the header keys of a Markdown event), and the form's own choices. Their labels are {@code
 * eventForm.<field>} in the site's wording.
 */
final class EventFormFields {
    static final String LABELS = "eventForm";

    /** {@value #AT_COUNTER} (the neighbourhood's counter, the place name optional) or {@value #AT_ADDRESS}. */
    static final String PLACE = "place";

    static final String AT_COUNTER = "counter";
    static final String AT_ADDRESS = "address";
    /** {@code yes} or {@code no}: whether people register, and then how ({@link EventFields#REGISTRATION}). */
    static final String REGISTRATION_NEEDED = "registrationNeeded";
    /** The version of the event the form was made on (hidden): what a change is conditional on. */
    static final String VERSION = "version";
    /** The proposal a new event is made from (hidden), linked to the event once it is stored. */
    static final String PROPOSAL = "proposal";

    private EventFormFields() {}
}
