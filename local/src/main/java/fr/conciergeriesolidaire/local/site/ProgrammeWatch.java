package fr.conciergeriesolidaire.local.site;

import fr.conciergeriesolidaire.local.DaemonThreads;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The runner's stand-in for the publication table's stream, which dynalite does not have: it reads the count of
 * programme changes every {@value #POLL_MILLIS} ms and has the live site rebuilt from the events table when it moved
 * (the publisher's job in AWS). A change made through the back-office then shows well within the 2 s target.
 */
public final class ProgrammeWatch implements AutoCloseable {
    static final long POLL_MILLIS = 200;

    private final ScheduledExecutorService poller;

    private ProgrammeWatch(ScheduledExecutorService poller) {
        this.poller = poller;
    }

    public static ProgrammeWatch start(ProgrammeChanges changes, WatchedSite site) {
        ScheduledExecutorService poller =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("programme-watch"));
        long[] seen = {changes.read().changes()};
        poller.scheduleWithFixedDelay(
                () -> {
                    try {
                        long now = changes.read().changes();
                        if (now != seen[0]) {
                            seen[0] = now;
                            site.eventsChanged();
                        }
                    } catch (RuntimeException unreachable) {
                        // dynalite stopped or restarting: the next poll tries again
                    }
                },
                POLL_MILLIS,
                POLL_MILLIS,
                TimeUnit.MILLISECONDS);
        return new ProgrammeWatch(poller);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
