package fr.conciergeriesolidaire.local.functions;

import fr.conciergeriesolidaire.catalog.InvalidDataException;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.catalog.compiled.SiteDataSource;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Says when site/data no longer matches the data the functions were packaged with. The runner rebuilds the pages
 * after each edit, but the functions, as on Lambda, keep the data compiled into them at build time: after a price
 * change the form would show the new price and the API charge the old one. Said once per state of the files.
 */
public final class PackagedDataCheck {
    /** Any name: both sides are written with it, only their equality matters. */
    private static final String COMPARED_AS = "compared.Data";

    private final Path dataFolder;
    private final PrintStream console;
    private final String packaged;
    private String lastSaid;

    public PackagedDataCheck(Path dataFolder, SiteData packagedData, PrintStream console) {
        this.dataFolder = dataFolder;
        this.console = console;
        this.packaged = SiteDataSource.source(packagedData, COMPARED_AS);
    }

    /** Against the data the functions on the classpath hold. */
    public static PackagedDataCheck ofFunctions(Path dataFolder, PrintStream console) {
        return new PackagedDataCheck(dataFolder, PackagedSiteData.data(), console);
    }

    public synchronized void check() {
        String current;
        try {
            current = SiteDataSource.source(SiteDataLoader.fromDirectory(dataFolder), COMPARED_AS);
        } catch (InvalidDataException invalid) {
            return; // the site's build already names each problem
        }
        if (current.equals(packaged)) {
            lastSaid = null;
        } else if (!current.equals(lastSaid)) {
            console.println("Attention : site/data a changé depuis la construction des fonctions. Les pages suivent,"
                    + " mais l'API garde les données d'avant (prix, services, créneaux) : lancez"
                    + " ./mvnw -DskipTests package, puis relancez ce programme.");
            lastSaid = current;
        }
    }
}
