package fr.conciergeriesolidaire.publisher.build;

import fr.conciergeriesolidaire.site.SiteSources;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The site's templates, assets, content and data as the publisher's package holds them: {@code site/} beside the
 * {@code lib/} folder of its jar (Lambda unpacks the package into /var/task), or the folder named by the system
 * property {@value #SOURCES_PROPERTY} (the tests, before packaging: the repository's site/).
 */
public final class PackagedSite {
    public static final String SOURCES_PROPERTY = "publisher.sources";

    private PackagedSite() {}

    public static Path folder() {
        return Optional.ofNullable(System.getProperty(SOURCES_PROPERTY))
                .map(Path::of)
                .or(PackagedSite::besideTheJar)
                .filter(folder -> Files.isRegularFile(folder.resolve("jbake.properties")))
                .orElseThrow(() -> new IllegalStateException("The site's sources are not packaged with the publisher"
                        + " (site/ beside lib/, or -D" + SOURCES_PROPERTY + "=<folder>)"));
    }

    /** The sources, and an output folder the builder never writes to (the publisher builds in memory). */
    public static SiteSources sources() {
        Path site = folder();
        return SiteSources.of(site, Path.of(System.getProperty("java.io.tmpdir"), "publisher-site"));
    }

    private static Optional<Path> besideTheJar() {
        try {
            Path code = Path.of(PackagedSite.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path parent = code.getParent() == null ? null : code.getParent().getParent();
            return Optional.ofNullable(parent).map(folder -> folder.resolve("site"));
        } catch (URISyntaxException | RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
