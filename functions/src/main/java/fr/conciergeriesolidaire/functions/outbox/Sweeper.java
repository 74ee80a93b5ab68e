package fr.conciergeriesolidaire.functions.outbox;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The safety net: finds records whose e-mails are still due (the stream notifier failed, the mail service
 * was down, a sender crashed) through the sparse index, and runs the notifier on each.
 */
public final class Sweeper {
    private static final System.Logger LOG = System.getLogger(Sweeper.class.getName());
    /**
     * More than a run can take in its time budget: the budget, not this cap, bounds a run, so records that keep
     * failing (each pushed later by its backoff) never hold back the others.
     */
    private static final int MAX_RECORDS_PER_RUN = 5_000;

    /** The sweepers' Timeout in template.yaml is 60 s: stop starting records well before. */
    public static final Duration BUDGET = Duration.ofSeconds(40);

    private final Outbox outbox;
    private final Notifier notifier;
    private final Clock clock;
    private final Duration budget;

    /**
     * @param budget how long one run may keep starting records, well inside the function's timeout; what is
     *     left stays due for the next run
     */
    public Sweeper(Outbox outbox, Notifier notifier, Clock clock, Duration budget) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.clock = clock;
        this.budget = budget;
    }

    public Notifier.Outcome sweep() {
        Notifier.Outcome total = new Notifier.Outcome(0, 0, 0);
        Instant deadline = clock.instant().plus(budget);
        for (String key : outbox.due(clock.instant(), MAX_RECORDS_PER_RUN)) {
            if (clock.instant().isAfter(deadline)) {
                break;
            }
            try {
                total = total.plus(notifier.deliver(key));
            } catch (RuntimeException failed) {
                // One record's trouble must not stop the others; it stays due and comes back next run.
                LOG.log(
                        Level.WARNING,
                        "Sweep of {0} failed: {1}",
                        key,
                        failed.getClass().getSimpleName());
            }
        }
        LOG.log(
                Level.INFO,
                "Sweep: {0} sent, {1} to retry, {2} given up",
                total.sent(),
                total.retrying(),
                total.givenUp());
        return total;
    }
}
