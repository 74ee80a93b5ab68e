package fr.conciergeriesolidaire.publisher.cdn;

import java.util.List;

/** What serves the bucket to visitors and must forget the files a publish changed. */
public interface Cdn {
    /** Asks the CDN to fetch these paths again ({@link InvalidationPaths}); returns once the request is accepted. */
    void invalidate(List<String> paths);
}
