package fr.conciergeriesolidaire.local.site;

import fr.conciergeriesolidaire.local.StartupException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the site's output folder hold the baked site before the runner serves it ({@link StaticSite} reads that
 * folder on every request). Today the site is baked by Maven ({@code ./mvnw package}) and this only checks it is
 * there; a warm re-bake in this JVM ({@code new SiteBuilder(SiteSources.of(siteFolder, output), settings).build()})
 * plugs in here.
 */
@FunctionalInterface
public interface SiteBuild {
    void ensureBuilt(Path output);

    /** The site Maven baked, or a one-line error saying how to bake it. */
    SiteBuild BAKED_BY_MAVEN = output -> {
        if (!Files.isRegularFile(output.resolve("index.html"))) {
            throw new StartupException("Le site n'est pas construit (" + output + "/index.html manque) :"
                    + " lancez d'abord ./mvnw -DskipTests package");
        }
    };
}
