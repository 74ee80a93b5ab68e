package fr.conciergeriesolidaire.site.live;

import fr.conciergeriesolidaire.site.BuildSettings;
import fr.conciergeriesolidaire.site.OutputFolder;
import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.SiteBuilder;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.publish.ChangedFiles;
import fr.conciergeriesolidaire.site.publish.FolderFiles;
import java.nio.file.Path;
import java.util.Map;

/**
 * The site kept built by a warm process (the local runner), at the output path of its sources
 * ({@code site/target/site}). Each {@link #rebuild()} builds the whole site again from the sources as they are (so
 * list pages, feeds, calendars and the sitemap always follow, and deleted content disappears), in memory, then
 * brings the output folder to it by writing only the files that changed, each replaced atomically, new ones first
 * and deletions last (see {@link ChangedFiles}). Rebuilding everything keeps it simple and never stale; a warm JVM,
 * the builder's memory of converted Markdown and writing only what changed make it fast (see BENCHMARKS.md).
 *
 * <p>The first rebuild publishes like a full build: a fresh folder put in place of whatever was at the output path.
 * A rebuild that fails ({@link SiteBuildException}, naming each file and line to fix) publishes nothing: the site
 * stays as it was. One rebuild at a time ({@link #rebuild()} is synchronized); {@link SourceWatcher} calls it after
 * each change of the sources. A server serves the output folder as it is, with no caching of its own.
 */
public final class LiveSite {
    private final SiteSources sources;
    private final SiteBuilder builder;
    private Map<String, byte[]> published;

    public LiveSite(SiteSources sources, BuildSettings settings) {
        this.sources = sources;
        this.builder = new SiteBuilder(sources, settings);
    }

    public SiteSources sources() {
        return sources;
    }

    /** The folder the site is published in: the output path of its sources. */
    public Path output() {
        return sources.output();
    }

    /** Builds the site from the sources as they are now and publishes what changed. */
    public synchronized SiteBuilder.Report rebuild() {
        ChangedFiles files = new ChangedFiles();
        SiteBuilder.Report report = builder.buildInto(files);
        if (published == null) {
            Path fresh = OutputFolder.freshBeside(output());
            try {
                FolderFiles folder = new FolderFiles(fresh);
                files.all().forEach(folder::put);
                OutputFolder.replace(output(), fresh);
            } finally {
                OutputFolder.delete(fresh);
            }
        } else {
            files.publish(output(), published);
        }
        published = files.all();
        return report;
    }
}
