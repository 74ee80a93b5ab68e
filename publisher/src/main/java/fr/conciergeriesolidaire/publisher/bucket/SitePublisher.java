package fr.conciergeriesolidaire.publisher.bucket;

import fr.conciergeriesolidaire.publisher.cdn.Cdn;
import fr.conciergeriesolidaire.publisher.cdn.InvalidationPaths;
import fr.conciergeriesolidaire.site.publish.ContentTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings the bucket to a freshly built site, changing only what differs from the last publish's {@link Manifest}:
 * <ol>
 *   <li>writes a manifest that forgets every file about to change (so a failure from here on leaves them unsure);
 *   <li>uploads new files, then changed ones (a list page never links to a page not up yet), with their content
 *       type and cache header;
 *   <li>deletes the files the site no longer has;
 *   <li>invalidates the changed paths in the CDN;
 *   <li>writes the complete manifest: only now does it move forward.
 * </ol>
 * A failure at any step throws, leaving the visitors' site as it was or partly new (never a file missing that a page
 * links to), and the next publish finishes the job. Not thread-safe: one publish at a time (the function's reserved
 * concurrency is 1).
 */
public final class SitePublisher {
    /** Uploads overlap: each waits on the network, not on the CPU. */
    private static final int PARALLEL_UPLOADS = 8;

    /** Told of each file once it is up, in the order of the uploads (for logs and tests). */
    public interface Progress {
        void uploaded(String path);
    }

    /**
     * What a publish did.
     *
     * @param invalidated the paths the CDN was asked to fetch again (empty when nothing changed)
     */
    public record Report(int files, int uploaded, int deleted, List<String> invalidated) {}

    private final ManifestStore manifests;
    private final SiteBucket bucket;
    private final Cdn cdn;
    private final ContentTypes contentTypes;
    private final Progress progress;

    public SitePublisher(
            ManifestStore manifests, SiteBucket bucket, Cdn cdn, ContentTypes contentTypes, Progress progress) {
        this.manifests = manifests;
        this.bucket = bucket;
        this.cdn = cdn;
        this.contentTypes = contentTypes;
        this.progress = progress;
    }

    /**
     * @param site every file of the built site, by path
     * @param previous the manifest read before the build
     * @param changes the count of programme changes the site was built from, recorded in the new manifest
     */
    public Report publish(Map<String, byte[]> site, Manifest previous, long changes) {
        refuseUnknownTypes(site.keySet());
        Map<String, String> hashes = new HashMap<>();
        site.forEach((path, content) -> hashes.put(path, FileHash.of(content)));

        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (String path : new TreeSet<>(site.keySet())) {
            String before = previous.files().get(path);
            if (before == null) {
                added.add(path);
            } else if (!before.equals(hashes.get(path))) {
                changed.add(path);
            }
        }
        TreeSet<String> removed = new TreeSet<>(previous.files().keySet());
        removed.addAll(previous.unsure());
        removed.removeAll(site.keySet());

        Set<String> touched = new TreeSet<>(added);
        touched.addAll(changed);
        touched.addAll(removed);
        if (!touched.isEmpty()) {
            manifests.write(previous.forgetting(touched));
        }
        upload(added, site);
        upload(changed, site);
        bucket.delete(List.copyOf(removed));
        List<String> invalidated = touched.isEmpty() ? List.of() : InvalidationPaths.of(touched);
        cdn.invalidate(invalidated);
        if (!touched.isEmpty()
                || previous.changes() != changes
                || !previous.unsure().isEmpty()) {
            manifests.write(new Manifest(changes, hashes, Set.of()));
        }
        return new Report(site.size(), added.size() + changed.size(), removed.size(), invalidated);
    }

    private void refuseUnknownTypes(Set<String> paths) {
        List<String> unknown = paths.stream()
                .filter(path -> contentTypes.of(path).equals(ContentTypes.UNKNOWN))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(
                    "No content type for " + unknown + " (add them to content-types.properties)");
        }
    }

    /** Uploads the files on a few threads; throws the first failure once all have ended. */
    private void upload(List<String> paths, Map<String, byte[]> site) {
        if (paths.isEmpty()) {
            return;
        }
        ExecutorService uploads = Executors.newFixedThreadPool(Math.min(PARALLEL_UPLOADS, paths.size()));
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (String path : paths) {
                Callable<Void> upload = () -> {
                    bucket.put(path, site.get(path));
                    progress.uploaded(path);
                    return null;
                };
                done.add(uploads.submit(upload));
            }
            RuntimeException failure = null;
            for (Future<Void> future : done) {
                try {
                    future.get();
                } catch (ExecutionException failed) {
                    if (failure == null) {
                        failure = failed.getCause() instanceof RuntimeException cause
                                ? cause
                                : new IllegalStateException(failed.getCause());
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while uploading", interrupted);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            uploads.shutdownNow();
        }
    }
}
