package fr.conciergeriesolidaire.site.bake;

import fr.conciergeriesolidaire.site.publish.SiteFiles;
import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The files copied as they are, chosen as JBake's {@code Asset} chooses them: everything under the asset folder
 * (hidden files too, unless {@code asset.ignore}), and the files of the content folder that are not pages (images
 * beside a page); folders holding JBake's ignore file are skipped. Put into the build's files rather than copied,
 * so that a live rebuild writes only those that changed.
 */
final class SiteAssets {
    private final JBakeConfiguration config;

    SiteAssets(JBakeConfiguration config) {
        this.config = config;
    }

    void putAll(SiteFiles files) {
        FileFilter assets = file -> (!config.getAssetIgnoreHidden() || !file.isHidden())
                && (file.isFile() || FileUtil.directoryOnlyIfNotIgnored(file, config));
        put(config.getAssetFolder(), "", assets, files);
        put(config.getContentFolder(), "", FileUtil.getNotContentFileFilter(config), files);
    }

    private static void put(File folder, String prefix, FileFilter filter, SiteFiles files) {
        File[] entries = folder.listFiles(filter);
        if (entries == null) {
            return;
        }
        Arrays.sort(entries);
        for (File entry : entries) {
            if (entry.isDirectory()) {
                put(entry, prefix + entry.getName() + "/", filter, files);
            } else {
                try {
                    files.put(prefix + entry.getName(), Files.readAllBytes(entry.toPath()));
                } catch (IOException unreadable) {
                    throw new UncheckedIOException("Cannot read " + entry, unreadable);
                }
            }
        }
    }
}
