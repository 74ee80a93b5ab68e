package fr.conciergeriesolidaire.local.functions;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.site.SourceCopy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagedDataCheckTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private Path catalog;
    private PackagedDataCheck check;

    @BeforeEach
    void packageACopyOfTheData() {
        SourceCopy.copyTree(Repository.root().resolve("site/data"), folder);
        catalog = folder.resolve("catalog.yaml");
        check = new PackagedDataCheck(
                folder, SiteDataLoader.fromDirectory(folder), new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @Test
    void givenTheDataAsPackaged_thenNothingIsSaid() throws Exception {
        SourceCopy.replace(catalog, "# The catalogue", "# Edited comment. The catalogue");

        check.check();

        assertThat(said()).isEmpty();
    }

    @Test
    void givenAChangedPrice_thenItIsSaidOnceUntilTheDataChangesAgain() throws Exception {
        String packaged = Files.readString(catalog);
        SourceCopy.replace(catalog, "priceCents: 250", "priceCents: 300");

        check.check();
        check.check();

        assertThat(said()).containsOnlyOnce("l'API garde les données d'avant").contains("./mvnw -DskipTests package");

        Files.writeString(catalog, packaged);
        check.check();
        SourceCopy.replace(catalog, "priceCents: 250", "priceCents: 300");
        check.check();

        assertThat(said().split("Attention", -1)).hasSize(3);
    }

    @Test
    void givenInvalidData_thenTheSiteBuildReportsItAndTheCheckSaysNothing() throws Exception {
        Files.writeString(catalog, "categories: [\n");

        check.check();

        assertThat(said()).isEmpty();
    }

    private String said() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
