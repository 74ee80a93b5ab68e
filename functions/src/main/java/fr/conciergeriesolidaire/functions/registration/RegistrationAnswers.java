package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.http.SubmissionAnswers;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of the registration API. A registration: see {@link SubmissionAnswers} (201 JSON with its state, or 303
 * to its page); someone registered already gets theirs, marked {@code existing}. The places of an event: JSON that
 * holds nobody's data, which a cache may keep a few seconds.
 */
final class RegistrationAnswers {
    /** Places change by the second at most when they matter; a few seconds spare the table a crowd's refreshes. */
    static final int AVAILABILITY_MAX_AGE_SECONDS = 5;

    private RegistrationAnswers() {}

    /** @param availability the event's places now, which the page's script shows without asking again */
    static HttpResponse registered(
            RegistrationService.Outcome outcome, Optional<Availability> availability, ResponseFormat format) {
        Registration registration = outcome.registration();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("event", registration.event());
        details.put("status", registration.status().name().toLowerCase(Locale.ROOT));
        details.put("places", registration.places());
        outcome.position().ifPresent(position -> details.put("position", position));
        details.put("existing", !outcome.created());
        availability.ifPresent(places -> details.put("availability", json(places)));
        return SubmissionAnswers.accepted(
                format, RegistrationPaths.CONFIRMATION, registration.reference(), details, outcome.created());
    }

    static HttpResponse availability(Availability availability) {
        return HttpResponse.json(200, json(availability))
                .withHeader("Cache-Control", "public, max-age=" + AVAILABILITY_MAX_AGE_SECONDS);
    }

    private static Map<String, Object> json(Availability availability) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", availability.event());
        body.put("open", availability.open());
        body.put("capacity", availability.capacity());
        body.put("taken", availability.taken());
        body.put("placesLeft", availability.placesLeft().orElse(null));
        body.put("full", availability.full());
        body.put("waiting", availability.waiting());
        return body;
    }
}
