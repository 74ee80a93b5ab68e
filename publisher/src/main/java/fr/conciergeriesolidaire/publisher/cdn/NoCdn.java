package fr.conciergeriesolidaire.publisher.cdn;

import java.util.List;

/** The bucket read directly, with no CDN in front (the tests, a bucket served as it is): nothing to invalidate. */
public final class NoCdn implements Cdn {
    @Override
    public void invalidate(List<String> paths) {
        // Nothing caches the files between the bucket and its readers.
    }
}
