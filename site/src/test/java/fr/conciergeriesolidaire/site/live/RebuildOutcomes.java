package fr.conciergeriesolidaire.site.live;

import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.SiteBuilder;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A watcher's listener that queues what each rebuild gave: a report, or the problems of a failed one. */
public final class RebuildOutcomes implements SourceWatcher.Listener {
    private final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();

    @Override
    public void rebuilt(SiteBuilder.Report report) {
        outcomes.add(report);
    }

    @Override
    public void failed(SiteBuildException problems) {
        outcomes.add(problems);
    }

    /** The next rebuild's report; its problems thrown if it failed; an IllegalStateException if none came. */
    public SiteBuilder.Report next(Duration patience) throws InterruptedException {
        Object outcome = outcomes.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (outcome instanceof SiteBuildException problems) {
            throw problems;
        }
        if (outcome == null) {
            throw new IllegalStateException("No rebuild within " + patience);
        }
        return (SiteBuilder.Report) outcome;
    }
}
