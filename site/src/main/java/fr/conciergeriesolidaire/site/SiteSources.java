package fr.conciergeriesolidaire.site;

import java.nio.file.Path;

/**
 * Where a site is read from and written to.
 *
 * @param theme the folder of jbake.properties, templates/ and assets/ (shared by every conciergerie)
 * @param content the Markdown pages of one conciergerie
 * @param data the YAML data files of one conciergerie
 * @param output the folder the site is written to (emptied first)
 */
public record SiteSources(Path theme, Path content, Path data, Path output) {
    public SiteSources {
        theme = theme.toAbsolutePath().normalize();
        content = content.toAbsolutePath().normalize();
        data = data.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        for (Path source : new Path[] {theme, content, data}) {
            if (source.startsWith(output)) {
                throw new IllegalArgumentException("The output folder " + output + " would hold the sources " + source);
            }
        }
    }

    /** The standard layout: content/ and data/ beside the theme, in the site folder. */
    public static SiteSources of(Path siteFolder, Path output) {
        return new SiteSources(siteFolder, siteFolder.resolve("content"), siteFolder.resolve("data"), output);
    }

    /** The same sources, built into another folder. */
    public SiteSources withOutput(Path otherOutput) {
        return new SiteSources(theme, content, data, otherOutput);
    }

    public Path templates() {
        return theme.resolve("templates");
    }
}
