package fr.conciergeriesolidaire.site.live;

import fr.conciergeriesolidaire.site.BuildSettings;
import fr.conciergeriesolidaire.site.OutputFolder;
import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.SiteBuilder;
import fr.conciergeriesolidaire.site.SiteSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The site kept built by a warm process (the local runner): after each change of the sources, the whole site is
 * built again, into a new folder, and published by switching the output path to it, so that a reader only ever sees
 * a complete site, never a mix of two builds nor a page of deleted content. Rebuilding everything keeps it simple
 * and never stale (list pages, feeds, calendars and the sitemap always follow); a warm JVM makes it fast enough (see
 * BENCHMARKS.md), helped by the builder's memory of converted Markdown.
 *
 * <p>The output path ({@code sources.output()}) becomes a symbolic link to the current build, replaced atomically by
 * a rename: a server may keep serving that path, provided it resolves each request against it again (rather than
 * against a path it resolved once). {@link #current()} gives the current build's own folder. The build before the
 * current one is kept until the next publication, for requests still reading it.
 *
 * <p>{@link #rebuild()} is synchronized: one build at a time. {@link SourceWatcher} calls it after each change.
 */
public final class LiveSite implements AutoCloseable {
    private final SiteSources sources;
    private final SiteBuilder builder;
    private volatile Path current;
    private Path previous;

    public LiveSite(SiteSources sources, BuildSettings settings) {
        this.sources = sources;
        this.builder = new SiteBuilder(sources, settings);
    }

    public SiteSources sources() {
        return sources;
    }

    /**
     * Builds the site from the sources as they are now and publishes it. On a {@link SiteBuildException} (the
     * problems name each file and line to fix) the site published before stays in place.
     */
    public synchronized SiteBuilder.Report rebuild() {
        Path fresh = OutputFolder.freshBeside(sources.output());
        SiteBuilder.Report report;
        try {
            report = builder.buildInto(fresh);
        } catch (RuntimeException | Error failure) {
            OutputFolder.delete(fresh);
            throw failure;
        }
        publish(fresh);
        return new SiteBuilder.Report(fresh, report.pages(), report.calendars(), report.duration());
    }

    /** The folder of the site published last, or null before the first successful {@link #rebuild()}. */
    public Path current() {
        return current;
    }

    private void publish(Path fresh) {
        Path output = sources.output();
        try {
            Path link = OutputFolder.freshBeside(output);
            Files.createSymbolicLink(link, output.getParent().relativize(fresh));
            Path replaced = null;
            if (Files.isSymbolicLink(output)) {
                // Left by an earlier run of the runner: its build goes once the link no longer points to it.
                replaced = earlierBuild(output.resolveSibling(Files.readSymbolicLink(output)));
            } else if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                // A folder left by a full build (./mvnw package): a link cannot replace it in one rename.
                replaced = OutputFolder.freshBeside(output);
                Files.move(output, replaced);
            }
            Files.move(link, output, StandardCopyOption.ATOMIC_MOVE);
            OutputFolder.delete(replaced);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot publish " + fresh + " as " + output, failure);
        }
        OutputFolder.delete(previous);
        previous = current;
        current = fresh;
    }

    /** The folder an existing link points to, if it is a build of this class that this instance does not use. */
    private Path earlierBuild(Path target) {
        Path normalized = target.normalize();
        boolean ours = normalized.equals(current) || normalized.equals(previous);
        return !ours && OutputFolder.isFreshBeside(sources.output(), normalized) ? normalized : null;
    }

    /**
     * Deletes the build before the current one. The current one stays, so that the site remains readable at the
     * output path; the next {@code LiveSite} on the same output deletes it once it has published its own.
     */
    @Override
    public synchronized void close() {
        OutputFolder.delete(previous);
        previous = null;
    }
}
