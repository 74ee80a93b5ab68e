package fr.conciergeriesolidaire.site.live;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.SiteBuilder;
import fr.conciergeriesolidaire.site.SiteSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Rebuilds a {@link LiveSite} after every change of its sources: content, data, templates, assets and
 * jbake.properties (folders created later included). Changes are debounced: the rebuild starts once the sources
 * have been quiet for a short while (an editor's save, a git checkout are a burst of events), and changes made during
 * a rebuild trigger another one. One thread, so one rebuild at a time.
 *
 * <p>{@link #awaitFresh(Duration)} lets a server hold a request until every change seen so far is served by the
 * site ({@link LiveSite#file(String)}), so that a page loaded after an edit never shows the site from before it.
 */
public final class SourceWatcher implements AutoCloseable {
    /** What the watcher tells after each rebuild. */
    public interface Listener {
        void rebuilt(SiteBuilder.Report report);

        /** The sources have problems (each names its file and line); the site published before stays. */
        void failed(SiteBuildException problems);
    }

    private static final String SETTINGS = "jbake.properties";
    /** How often the loop looks for a change told by {@link #changedElsewhere()} while no file changes. */
    private static final Duration EXTERNAL_CHECK = Duration.ofMillis(50);

    private final LiveSite site;
    private final Duration quietPeriod;
    private final Listener listener;
    private final WatchService watchService;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private final Object lock = new Object();
    private long changesSeen;
    private long changesBuilt;
    /** A change of a source that is not a file (the events table) waits for the loop here. */
    private boolean changedElsewhere;

    private SourceWatcher(LiveSite site, Duration quietPeriod, Listener listener) throws IOException {
        this.site = site;
        this.quietPeriod = quietPeriod;
        this.listener = listener;
        this.watchService = site.sources().theme().getFileSystem().newWatchService();
        SiteSources sources = site.sources();
        for (Path root : List.of(
                sources.content(),
                sources.data(),
                sources.templates(),
                sources.theme().resolve("assets"))) {
            registerTree(root);
        }
        register(sources.theme());
        this.thread = new Thread(this::run, "site-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching the sources of {@code site} (which should have been built once already). */
    public static SourceWatcher start(LiveSite site, Duration quietPeriod, Listener listener) {
        try {
            SourceWatcher watcher = new SourceWatcher(site, quietPeriod, listener);
            watcher.thread.start();
            return watcher;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot watch " + site.sources().theme(), failure);
        }
    }

    /**
     * Waits until every change seen so far has been built (served, or reported as failed). Returns at once
     * when nothing is pending; false if the timeout passed first.
     */
    public boolean awaitFresh(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            long wanted = changesSeen;
            while (changesBuilt < wanted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    /**
     * Tells that a source the watcher cannot see changed (the events table, watched by the local runner): the site is
     * rebuilt as after a file edit, and {@link #awaitFresh} waits for it.
     */
    public void changedElsewhere() {
        synchronized (lock) {
            changesSeen++;
            changedElsewhere = true;
        }
    }

    @Override
    public void close() {
        try {
            watchService.close();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (IOException ignored) {
            // Closing a watch service only releases it.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watchService.poll(EXTERNAL_CHECK.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    handle(key);
                } else if (!takeChangeElsewhere()) {
                    continue;
                }
                WatchKey more;
                while ((more = watchService.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(more);
                }
                rebuild();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // close() was called.
        }
    }

    private boolean takeChangeElsewhere() {
        synchronized (lock) {
            boolean changed = changedElsewhere;
            changedElsewhere = false;
            return changed;
        }
    }

    private void rebuild() {
        long building;
        synchronized (lock) {
            building = changesSeen;
        }
        try {
            // Readers need not wait for the disk: the new site is served from memory before it is written.
            listener.rebuilt(site.rebuild(() -> built(building)));
        } catch (SiteBuildException problems) {
            listener.failed(problems);
        } catch (RuntimeException unexpected) {
            listener.failed(new SiteBuildException(List.of(String.valueOf(unexpected)), unexpected));
        } finally {
            built(building);
        }
    }

    private void built(long changes) {
        synchronized (lock) {
            changesBuilt = Math.max(changesBuilt, changes);
            lock.notifyAll();
        }
    }

    private void handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (folder.equals(site.sources().theme())) {
                // The site folder itself is watched for its settings only (it also holds target/).
                changed |= path.getFileName().toString().equals(SETTINGS);
                continue;
            }
            changed = true;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (UncheckedIOException gone) {
                    // Deleted as soon as created: the rebuild this change triggers reads the sources as they are.
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        if (changed) {
            synchronized (lock) {
                changesSeen++;
            }
        }
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                register(folder);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot watch " + root, failure);
        }
    }

    private void register(Path folder) {
        try {
            folders.put(folder.register(watchService, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot watch " + folder, failure);
        }
    }
}
