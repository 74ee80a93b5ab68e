package fr.conciergeriesolidaire.functions.subscription;

/**
 * Names of the fields of the team's forms on a sign-up (review screens): the refusals of {@link SubscriptionLife} are
 * tied to them, so that each shows under the field it is about. Labels: the wording's {@code signup.review.<field>}.
 */
public final class SignUpChangeFields {
    /** The version of the sign-up the form was made on (hidden): what every change is conditional on. */
    public static final String VERSION = "version";

    public static final String STATUS = "status";
    public static final String REASON = "reason";
    public static final String NOTE = "note";
    public static final String START_DATE = "startDate";
    public static final String EMPLOYEES = "employees";
    public static final String COUNTER = "counter";

    private SignUpChangeFields() {}
}
