package fr.conciergeriesolidaire.publisher.trigger;

import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.publisher.bucket.Manifest;
import fr.conciergeriesolidaire.publisher.bucket.ManifestStore;
import fr.conciergeriesolidaire.publisher.bucket.SitePublisher;
import fr.conciergeriesolidaire.publisher.build.SiteRender;
import java.time.Duration;
import java.util.Map;

/**
 * One run of the publisher, its steps in plain sight: has the programme changed since the last publish (the count
 * of changes against the manifest's)? then wait for the edits to stop, build the site from the table, and publish
 * what changed.
 */
public final class Publication {
    /**
     * What a run did.
     *
     * @param report null when nothing had changed since the last publish (no build)
     */
    public record Outcome(long changes, SitePublisher.Report report, Duration build, Duration publish) {
        public boolean built() {
            return report != null;
        }
    }

    private final ProgrammeChanges changes;
    private final QuietPeriod quietPeriod;
    private final ManifestStore manifests;
    private final SiteRender render;
    private final SitePublisher publisher;

    public Publication(
            ProgrammeChanges changes,
            QuietPeriod quietPeriod,
            ManifestStore manifests,
            SiteRender render,
            SitePublisher publisher) {
        this.changes = changes;
        this.quietPeriod = quietPeriod;
        this.manifests = manifests;
        this.render = render;
        this.publisher = publisher;
    }

    public Outcome run() {
        ProgrammeChanges.Count count = changes.read();
        Manifest published = manifests.read();
        if (published.changes() == count.changes() && published.unsure().isEmpty()) {
            return new Outcome(count.changes(), null, Duration.ZERO, Duration.ZERO);
        }
        ProgrammeChanges.Count quiet = quietPeriod.await(changes, count);
        long started = System.nanoTime();
        Map<String, byte[]> site = render.build();
        long built = System.nanoTime();
        SitePublisher.Report report = publisher.publish(site, published, quiet.changes());
        return new Outcome(
                quiet.changes(),
                report,
                Duration.ofNanos(built - started),
                Duration.ofNanos(System.nanoTime() - built));
    }
}
