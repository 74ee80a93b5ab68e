package fr.conciergeriesolidaire.functions.forms;

import java.util.Map;
import java.util.function.Function;

/**
 * Fields every form of the site has, named the same in JSON and in the HTML form (the shared contract), and
 * their French labels for HTML error answers.
 */
public final class CommonFields {
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String CONSENT = "consent";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private static final Map<String, String> LABELS = Map.of(
            FIRST_NAME,
            "Prénom",
            LAST_NAME,
            "Nom",
            PHONE,
            "Téléphone",
            EMAIL,
            "Adresse e-mail",
            CONSENT,
            "Accord",
            IDEMPOTENCY_KEY,
            "Formulaire",
            SpamGuard.HONEYPOT,
            "Champ à laisser vide",
            SpamGuard.STARTED_AT,
            "Formulaire");

    private CommonFields() {}

    /** The label of a field: the form's own labels first, then the common ones, else the field's name. */
    public static Function<String, String> labels(Function<String, String> own) {
        return field -> {
            String label = own.apply(field);
            return label != null ? label : LABELS.getOrDefault(field, field);
        };
    }
}
