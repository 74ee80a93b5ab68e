package fr.conciergeriesolidaire.local.site;

import fr.conciergeriesolidaire.local.StartupException;
import fr.conciergeriesolidaire.site.BuildSettings;
import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.SiteBuilder;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.event.EventSource;
import fr.conciergeriesolidaire.site.event.ResidentIdeas;
import fr.conciergeriesolidaire.site.live.LiveSite;
import fr.conciergeriesolidaire.site.live.SourceWatcher;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

/**
 * The site as the runner serves it: built from {@code site/} when the runner starts, then rebuilt in this warm JVM
 * after every edit of its sources ({@link SourceWatcher}), so that the next page load shows the edit. Pages are
 * served from memory ({@link LiveSite}), and also written to {@code site/target/site}. A request waits for the
 * rebuild of the changes seen before it ({@link #read(String)}): no page is served from before an edit once the
 * edit is saved. A rebuild that fails prints the problems and keeps the site as it was.
 */
public final class WatchedSite implements AutoCloseable {
    /** An editor's save or a git checkout is a burst of events: rebuild once they are over. */
    private static final Duration QUIET_PERIOD = Duration.ofMillis(30);

    /** Longer than any rebuild measured (BENCHMARKS.md); past it the page is served as it is. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    private final LiveSite site;
    private final SourceWatcher watcher;

    private WatchedSite(LiveSite site, SourceWatcher watcher) {
        this.site = site;
        this.watcher = watcher;
    }

    /**
     * Builds the site of {@code sources} into their output folder, then watches them.
     *
     * @param events where the events come from (the runner: the events table)
     * @param ideas where the residents' ideas are counted (the runner: the proposals table)
     * @param afterEachBuild run after the first build and after each rebuild that published
     */
    public static WatchedSite start(
            SiteSources sources,
            EventSource events,
            ResidentIdeas ideas,
            PrintStream console,
            Runnable afterEachBuild) {
        requireSources(sources);
        LiveSite site = new LiveSite(sources, BuildSettings.fromEnvironment(), events, ideas);
        try {
            SiteBuilder.Report report = site.rebuild();
            console.printf(
                    "Site construit : %d pages en %d ms ; il se reconstruit à chaque modification de site/ et des"
                            + " évènements.%n",
                    report.pages(), report.duration().toMillis());
        } catch (SiteBuildException problems) {
            throw new StartupException("Le site ne se construit pas :\n" + problems.getMessage(), problems);
        }
        afterEachBuild.run();
        return new WatchedSite(
                site, SourceWatcher.start(site, QUIET_PERIOD, new ConsoleReport(console, afterEachBuild)));
    }

    /** Fails at once, before anything is started, when the site's sources are not there. */
    public static void requireSources(SiteSources sources) {
        if (!Files.isRegularFile(sources.theme().resolve("jbake.properties"))) {
            throw new StartupException("Les sources du site sont introuvables (" + sources.theme()
                    + "/jbake.properties manque) : lancez le programme dans le dépôt complet.");
        }
    }

    /**
     * A file of the site, served from memory once every edit saved so far is built (or has failed to build): a page
     * loaded after an edit never shows the site from before it.
     */
    public Optional<byte[]> read(String path) {
        try {
            watcher.awaitFresh(LONGEST_WAIT);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        return site.file(path);
    }

    /** The events table changed: rebuild as after an edit of site/ (requests wait for it). */
    public void eventsChanged() {
        watcher.changedElsewhere();
    }

    @Override
    public void close() {
        watcher.close();
    }

    private record ConsoleReport(PrintStream console, Runnable afterEachBuild) implements SourceWatcher.Listener {
        @Override
        public void rebuilt(SiteBuilder.Report report) {
            console.printf(
                    "Site reconstruit : %d pages, dont %d rendues, en %d ms%n",
                    report.pages(), report.rendered(), report.duration().toMillis());
            afterEachBuild.run();
        }

        @Override
        public void failed(SiteBuildException problems) {
            console.println(
                    "Le site ne se reconstruit pas, la version précédente reste servie :\n" + problems.getMessage());
        }
    }
}
