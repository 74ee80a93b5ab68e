package fr.conciergeriesolidaire.functions.backoffice;

/** The fields of the sign-in forms; labels {@code signin.<field>} in the site's wording. */
final class SignInFields {
    static final String LABELS = "signin";
    static final String EMAIL = "email";
    /** The link's token, carried from the link to the form that opens the session. */
    static final String TOKEN = "jeton";

    private SignInFields() {}
}
