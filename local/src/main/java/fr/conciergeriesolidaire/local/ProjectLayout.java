package fr.conciergeriesolidaire.local;

import fr.conciergeriesolidaire.site.SiteSources;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository the runner works in: template.yaml, the built site, the local data folder. Found from the working
 * directory upwards, else from the jar's location (local/target/conciergerie-local.jar), so the runner starts from
 * anywhere inside the repository or from its jar path.
 */
public record ProjectLayout(Path root) {
    public static final String TEMPLATE = "template.yaml";

    public static ProjectLayout locate() {
        return above(Path.of("").toAbsolutePath())
                .or(() -> jarLocation().flatMap(ProjectLayout::above))
                .orElseThrow(() -> new StartupException("Dépôt introuvable : lancez le programme depuis le dépôt"
                        + " (le dossier qui contient " + TEMPLATE + " et pom.xml)."));
    }

    static Optional<ProjectLayout> above(Path start) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(TEMPLATE)) && Files.isRegularFile(folder.resolve("pom.xml"))) {
                return Optional.of(new ProjectLayout(folder));
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> jarLocation() {
        try {
            var source = ProjectLayout.class.getProtectionDomain().getCodeSource();
            return source == null
                    ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException unknown) {
            return Optional.empty();
        }
    }

    public Path template() {
        return root.resolve(TEMPLATE);
    }

    /** Where the site module bakes the site ({@code ./mvnw package}), and where the runner rebuilds it. */
    public Path siteOutput() {
        return root.resolve("site/target/site");
    }

    /** The site's sources, built into {@link #siteOutput()}. */
    public SiteSources siteSources() {
        return SiteSources.of(root.resolve("site"), siteOutput());
    }

    /** dynalite's data and the local values of the template's secrets, kept across restarts (gitignored). */
    public Path dataFolder() {
        return root.resolve(".local-data");
    }

    /** A path as the person typed it from the repository, for messages. */
    public String relative(Path path) {
        return root.relativize(path).toString();
    }
}
