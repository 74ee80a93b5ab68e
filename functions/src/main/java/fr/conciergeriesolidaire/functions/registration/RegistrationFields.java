package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.forms.CommonFields;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import java.util.List;

/**
 * The fields of the registration form, named the same in JSON and in the HTML form; labels from the site's wording,
 * {@code registration.<field>} or the shared {@code form.<field>}.
 */
final class RegistrationFields {
    static final String FIRST_NAME = CommonFields.FIRST_NAME;
    static final String LAST_NAME = CommonFields.LAST_NAME;
    static final String EMAIL = CommonFields.EMAIL;
    static final String PHONE = CommonFields.PHONE;
    static final String PLACES = "places";
    static final String ACCESS_NEEDS = "accessNeeds";
    static final String CONSENT = CommonFields.CONSENT;

    /** The prefix of the form's own wording keys. */
    static final String FORM = "registration";

    static final List<String> ALL = List.of(
            FIRST_NAME,
            LAST_NAME,
            EMAIL,
            PHONE,
            PLACES,
            ACCESS_NEEDS,
            CONSENT,
            SpamGuard.HONEYPOT,
            SpamGuard.STARTED_AT,
            CommonFields.IDEMPOTENCY_KEY);

    private RegistrationFields() {}
}
