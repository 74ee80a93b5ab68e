package fr.conciergeriesolidaire.site.publish;

import java.nio.charset.StandardCharsets;

/**
 * Where a build puts the site's files: straight into a new folder for a full build ({@link FolderFiles}), or
 * compared with what is published for a live rebuild ({@link ChangedFiles}). Pages are put from several threads.
 */
public interface SiteFiles {
    /**
     * @param path relative to the site root, with forward slashes ("agenda/x/index.html")
     */
    void put(String path, byte[] content);

    default void put(String path, String text) {
        put(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
