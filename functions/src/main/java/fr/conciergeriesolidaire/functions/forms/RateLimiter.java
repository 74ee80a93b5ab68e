package fr.conciergeriesolidaire.functions.forms;

import java.time.Instant;

/** Limits how many submissions one client may make per time window. */
public interface RateLimiter {
    /** Counts one submission of {@code action}; throws {@link TooManyRequestsException} past the limit. */
    void acquire(String action, String clientAddress, Instant now);
}
