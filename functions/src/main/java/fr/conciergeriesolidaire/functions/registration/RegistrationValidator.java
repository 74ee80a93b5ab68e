package fr.conciergeriesolidaire.functions.registration;

import static fr.conciergeriesolidaire.functions.registration.RegistrationFields.ACCESS_NEEDS;
import static fr.conciergeriesolidaire.functions.registration.RegistrationFields.EMAIL;
import static fr.conciergeriesolidaire.functions.registration.RegistrationFields.FIRST_NAME;
import static fr.conciergeriesolidaire.functions.registration.RegistrationFields.LAST_NAME;
import static fr.conciergeriesolidaire.functions.registration.RegistrationFields.PHONE;
import static fr.conciergeriesolidaire.functions.registration.RegistrationFields.PLACES;

import fr.conciergeriesolidaire.functions.forms.Checked;
import fr.conciergeriesolidaire.functions.forms.EmailAddresses;
import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.FrenchPhoneNumbers;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.Texts;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.util.Optional;

/**
 * Validates a registration at the edge, for the event it is for: every field, all errors at once, each tied to its
 * field; the number of places within what one registration may take for that event.
 */
final class RegistrationValidator {
    static final int ACCESS_NEEDS_MAX_LENGTH = 500;

    RegistrationRequest validate(ProgrammeEvent event, SubmittedFields fields) {
        FormReader form = new FormReader(fields);
        Optional<String> firstName = form.name(FIRST_NAME);
        Optional<String> lastName = form.name(LAST_NAME);
        Optional<String> email = form.required(EMAIL, EmailAddresses::normalise, "form.email.invalid");
        Optional<String> phone = form.optional(PHONE, RegistrationValidator::phone);
        int places = places(form, maxPlaces(event));
        Optional<String> needs = form.optional(ACCESS_NEEDS, RegistrationValidator::needs);
        form.consent("registration.consent.missing");
        Optional<String> clientKey = form.clientKey();
        form.errors().throwIfAny();
        return new RegistrationRequest(
                event.slug(),
                new Person(firstName.orElseThrow(), lastName.orElseThrow(), email.orElseThrow(), phone),
                places,
                needs,
                clientKey);
    }

    /** What one registration may take: the event's limit per registration (one by default), within its capacity. */
    static int maxPlaces(ProgrammeEvent event) {
        int perRegistration = event.placesPerRegistration() == null ? 1 : event.placesPerRegistration();
        return event.capacity() == null ? perRegistration : Math.max(1, Math.min(perRegistration, event.capacity()));
    }

    /** One place when the form does not ask (an event of one place per registration). */
    private static int places(FormReader form, int max) {
        Optional<Long> places = form.number(PLACES);
        if (form.errors().has(PLACES)) {
            return 0;
        }
        if (places.isPresent() && (places.get() < 1 || places.get() > max)) {
            form.errors().add(PLACES, "registration.places.range", max);
            return 0;
        }
        return places.map(Long::intValue).orElse(1);
    }

    private static Checked phone(String typed) {
        return FrenchPhoneNumbers.toE164(typed)
                .map(Checked::value)
                .orElseGet(() -> Checked.error("form.phone.invalid"));
    }

    /** Free text for the team: several lines, no markup (shown escaped anyway; markup is only ever an attempt). */
    private static Checked needs(String typed) {
        Checked text = Texts.multiLine(typed, ACCESS_NEEDS_MAX_LENGTH);
        if (text.error().isEmpty()
                && (text.value().indexOf('<') >= 0 || text.value().indexOf('>') >= 0)) {
            return Checked.error("error.noAngleBrackets");
        }
        return text;
    }
}
