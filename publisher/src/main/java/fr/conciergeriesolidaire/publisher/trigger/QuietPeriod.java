package fr.conciergeriesolidaire.publisher.trigger;

import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The debounce: before building, wait until the programme has had no change for {@code quiet}, or {@code maxWait}
 * at most (a member editing ten events in a row must not hold the site back for ever). Ten edits in a minute then
 * give one build, or two when the edits go on past the longest wait; the build reads the table after the wait, so
 * it holds the last edit made before it, and any later one counts as a change the next run publishes.
 */
public final class QuietPeriod {
    /** In AWS: a burst of edits is usually over within 10 s; nobody waits more than 30 s for the build to start. */
    public static final QuietPeriod DEFAULT =
            new QuietPeriod(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(1), Clock.systemUTC());

    private final Duration quiet;
    private final Duration maxWait;
    private final Duration poll;
    private final Clock clock;

    public QuietPeriod(Duration quiet, Duration maxWait, Duration poll, Clock clock) {
        this.quiet = quiet;
        this.maxWait = maxWait;
        this.poll = poll;
        this.clock = clock;
    }

    /** Returns the count once quiet (or after the longest wait), read again meanwhile. */
    public ProgrammeChanges.Count await(ProgrammeChanges changes, ProgrammeChanges.Count first) {
        Instant started = clock.instant();
        ProgrammeChanges.Count latest = first;
        while (true) {
            Instant now = clock.instant();
            Instant lastChange =
                    latest.changedAt() == null || latest.changedAt().isAfter(now)
                            ? now.minus(quiet)
                            : latest.changedAt();
            Duration sinceChange = Duration.between(lastChange, now);
            Duration waited = Duration.between(started, now);
            if (sinceChange.compareTo(quiet) >= 0 || waited.compareTo(maxWait) >= 0) {
                return latest;
            }
            sleep(min(poll, quiet.minus(sinceChange), maxWait.minus(waited)));
            latest = changes.read();
        }
    }

    private static Duration min(Duration a, Duration b, Duration c) {
        Duration ab = a.compareTo(b) <= 0 ? a : b;
        return ab.compareTo(c) <= 0 ? ab : c;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the edits to stop", interrupted);
        }
    }
}
