package fr.conciergeriesolidaire.functions.subscription;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of a sign-up, kept on it as long as it is (its audit trail): who (a member's id and name then), when,
 * what moved from what to what ({@value #STATUS}: status names; {@value #TERMS}: {@link SignUpTerms#text()}; {@value
 * #NOTE}: empty), and the reason given. Never the contact person's data.
 */
public record SignUpEvent(
        Instant at, String by, String byName, String what, String from, String to, Optional<String> reason) {
    public static final String STATUS = "status";
    public static final String TERMS = "terms";
    public static final String NOTE = "note";
}
