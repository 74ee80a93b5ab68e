package fr.conciergeriesolidaire.site.live;

import fr.conciergeriesolidaire.site.BuildSettings;
import fr.conciergeriesolidaire.site.OutputFolder;
import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.SiteBuilder;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.event.EventSource;
import fr.conciergeriesolidaire.site.event.MarkdownEvents;
import fr.conciergeriesolidaire.site.event.NoResidentIdeas;
import fr.conciergeriesolidaire.site.event.ResidentIdeas;
import fr.conciergeriesolidaire.site.publish.ChangedFiles;
import fr.conciergeriesolidaire.site.publish.FolderFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The site kept built by a warm process (the local runner), in memory and at the output path of its sources
 * ({@code site/target/site}). Each {@link #rebuild()} builds the whole site again from the sources as they are (so
 * list pages, feeds, calendars and the sitemap always follow, and deleted content disappears), in memory; the new
 * site then replaces the old one in memory at once ({@link #file(String)} serves it), and the output folder is
 * brought to it by writing only the files that changed, each replaced atomically, new ones first and deletions
 * last (see {@link ChangedFiles}). Rebuilding everything keeps it simple and never stale; a warm JVM, the builder's
 * memory of converted Markdown and writing only what changed make it fast (see BENCHMARKS.md). Serving from memory
 * means a reader does not wait for the disk: after a template edit, writing a thousand changed files took about as
 * long as building them.
 *
 * <p>The first rebuild, and the one after a failed write, publishes like a full build: a fresh folder put in place
 * of whatever was at the output path. A rebuild that fails ({@link SiteBuildException}, naming each file and line
 * to fix) publishes nothing: the site stays as it was. One rebuild at a time ({@link #rebuild()} is synchronized);
 * {@link SourceWatcher} calls it after each change of the sources.
 */
public final class LiveSite {
    private final SiteSources sources;
    private final SiteBuilder builder;
    private volatile Map<String, byte[]> served = Map.of();
    /** What the output folder holds, or null when it must be written whole (first build, failed write). */
    private Map<String, byte[]> written;

    public LiveSite(SiteSources sources, BuildSettings settings) {
        this(sources, settings, new MarkdownEvents(), new NoResidentIdeas());
    }

    /**
     * A site whose events come from {@code events} and whose residents' ideas are counted by {@code ideas} (the
     * functions' tables, for the local runner).
     */
    public LiveSite(SiteSources sources, BuildSettings settings, EventSource events, ResidentIdeas ideas) {
        this.sources = sources;
        this.builder = new SiteBuilder(sources, settings, events, ideas);
    }

    public SiteSources sources() {
        return sources;
    }

    /** The folder the site is written to: the output path of its sources. */
    public Path output() {
        return sources.output();
    }

    /** A file of the site as last built, by its path in the site ("agenda/index.html"). */
    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(served.get(path));
    }

    /** Builds the site from the sources as they are now and publishes what changed. */
    public SiteBuilder.Report rebuild() {
        return rebuild(() -> {});
    }

    /**
     * Builds the site from the sources as they are now and publishes what changed.
     *
     * @param whenServed run once the new site is served from memory, before it is written to the output folder
     */
    public synchronized SiteBuilder.Report rebuild(Runnable whenServed) {
        ChangedFiles files = new ChangedFiles();
        SiteBuilder.Report report = builder.buildInto(files);
        served = files.all();
        whenServed.run();
        Map<String, byte[]> before = written;
        written = null; // until the folder holds this build
        if (before == null) {
            Path fresh = OutputFolder.freshBeside(output());
            try {
                FolderFiles folder = new FolderFiles(fresh);
                served.forEach(folder::put);
                OutputFolder.replace(output(), fresh);
            } finally {
                OutputFolder.delete(fresh);
            }
        } else {
            files.publish(output(), before);
        }
        written = served;
        return report;
    }
}
