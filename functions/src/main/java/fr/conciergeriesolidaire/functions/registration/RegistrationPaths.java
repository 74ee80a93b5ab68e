package fr.conciergeriesolidaire.functions.registration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the registrations' pages are: the event's page on the site (its form, {@code #inscription}), its calendar, and
 * the API's pages a registration links to.
 */
final class RegistrationPaths {
    /** The site's folder of event pages (content/agenda). */
    static final String AGENDA = "/agenda/";

    static final String CONFIRMATION = "/api/registrations/confirmation";
    static final String CANCELLATION = "/api/registrations/cancellation";
    /** The cancellation link's parameters: the registration, and the link's secret. */
    static final String REFERENCE = "reference";

    static final String TOKEN = "jeton";

    private RegistrationPaths() {}

    static String eventPage(String event) {
        return AGENDA + event + "/";
    }

    /** The registration form on the event's page. */
    static String form(String event) {
        return eventPage(event) + "#inscription";
    }

    /** The event's own calendar, which the site publishes and keeps up to date (its SEQUENCE follows changes). */
    static String calendar(String event) {
        return eventPage(event) + "evenement.ics";
    }

    static String confirmation(String reference) {
        return CONFIRMATION + "?" + REFERENCE + "=" + encoded(reference);
    }

    static String cancellation(String reference, String token) {
        return CANCELLATION + "?" + REFERENCE + "=" + encoded(reference) + "&" + TOKEN + "=" + encoded(token);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
