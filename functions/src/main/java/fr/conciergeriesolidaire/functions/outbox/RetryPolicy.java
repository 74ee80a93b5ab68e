package fr.conciergeriesolidaire.functions.outbox;

import java.time.Duration;

/**
 * How hard to try: a first grace period before the sweeper looks at a new record (the stream notifier
 * normally sends within seconds), then retries with exponential backoff, each claim held for a lease, and a
 * bounded number of attempts after which the record is flagged and the team alerted.
 */
public record RetryPolicy(
        Duration sweeperGrace, Duration firstRetryDelay, Duration maxRetryDelay, Duration lease, int maxAttempts) {

    /** About 4 hours of retries (1, 2, 4 ... 64 minutes, then 2 hours), a 1-minute lease per attempt. */
    public static RetryPolicy standard() {
        return new RetryPolicy(
                Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofMinutes(1), 8);
    }

    /** Delay after the given failed attempt (1-based): 1, 2, 4... times the first delay, capped. */
    public Duration delayAfter(int attempt) {
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
