package fr.conciergeriesolidaire.functions.forms;

import java.time.Duration;
import java.util.Locale;

/**
 * Every form sends a confirmation to the address typed in it: at most {@value #PER_DAY} a day to one address, whatever
 * the form, so that no form can be used to flood someone's mailbox. The address is counted by a keyed hash only.
 */
public final class ConfirmationLimit {
    /** The rate limit's action, shared by every form. */
    public static final String ACTION = "confirmation";

    public static final int PER_DAY = 5;
    public static final Duration WINDOW = Duration.ofDays(1);
    public static final String REFUSAL = "answer.tooManyConfirmations";

    private ConfirmationLimit() {}

    /** Whom the limit counts: the address as any case of it reaches the same mailbox. */
    public static String addressee(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
