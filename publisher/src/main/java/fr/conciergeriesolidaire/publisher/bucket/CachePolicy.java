package fr.conciergeriesolidaire.publisher.bucket;

import java.util.Locale;
import java.util.Set;

/**
 * The Cache-Control header of each published file, as the deployment script set it
 * (.github/scripts/publish-site.sh): pages and feeds are checked again by browsers after 5 minutes and kept a day by
 * CloudFront (each publish invalidates what changed); stylesheet, scripts and images, whose names carry no
 * fingerprint, a day everywhere.
 */
public final class CachePolicy {
    static final String DOCUMENTS = "public, max-age=300, s-maxage=86400";
    static final String ASSETS = "public, max-age=86400";
    private static final Set<String> DOCUMENT_EXTENSIONS =
            Set.of("html", "ics", "xml", "atom", "txt", "json", "webmanifest");

    private CachePolicy() {}

    public static String of(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return DOCUMENT_EXTENSIONS.contains(extension) ? DOCUMENTS : ASSETS;
    }
}
