package fr.conciergeriesolidaire.functions.forms;

import java.time.Duration;

/** More submissions than a limit allows in its current window (429), and when the window ends. */
public final class TooManyRequestsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;
    private final String messageKey;

    /** @param messageKey what the person reads, in the site's wording; {@code {0}} is the time to wait */
    public TooManyRequestsException(Duration retryAfter, String messageKey) {
        super("Rate limit reached");
        this.retryAfter = retryAfter;
        this.messageKey = messageKey;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public String messageKey() {
        return messageKey;
    }
}
