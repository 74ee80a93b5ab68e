package fr.conciergeriesolidaire.functions.forms;

import java.time.Instant;

/** Limits how many distinct submissions one client (or one addressee) may make per time window. */
public interface RateLimiter {
    /**
     * Counts a submission of {@code action} by {@code client}, once however often it is sent: copies of one submission
     * (same {@code submission}, e.g. its idempotency key) count as one, even when they arrive together.
     *
     * @throws TooManyRequestsException past the limit
     */
    void acquire(String action, String client, String submission, Instant now);
}
