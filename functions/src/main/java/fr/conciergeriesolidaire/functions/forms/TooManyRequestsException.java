package fr.conciergeriesolidaire.functions.forms;

import java.time.Duration;

/** This client sent more submissions than the limit allows in the current window (429). */
public final class TooManyRequestsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("Rate limit reached");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
