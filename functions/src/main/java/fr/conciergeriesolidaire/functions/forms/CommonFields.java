package fr.conciergeriesolidaire.functions.forms;

/**
 * Fields every form of the site has, named the same in JSON and in the HTML form (the shared contract); their
 * labels are in the site's wording ({@link FieldLabels}).
 */
public final class CommonFields {
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String CONSENT = "consent";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private CommonFields() {}
}
