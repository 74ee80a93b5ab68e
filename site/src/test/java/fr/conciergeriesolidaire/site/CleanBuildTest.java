package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published build holds exactly what the sources make: nothing from earlier builds, nothing half written. */
class CleanBuildTest {
    private static final String EVENT = "agenda/2026-12-08-atelier-velo-tilleuls/";

    @TempDir
    Path copy;

    private static SiteBuilder builder(SiteSources sources) {
        return new SiteBuilder(sources, new BuildSettings(null, Clock.systemUTC()));
    }

    @Test
    void givenADeletedEventAndAStrayFile_whenBuiltAgain_thenNeitherIsLeftInTheOutput() throws IOException {
        SiteSources sources = SourceCopy.of(copy);
        builder(sources).build();
        Path output = sources.output();
        assertThat(output.resolve(EVENT + "index.html")).exists();
        Files.writeString(output.resolve("reste-d-un-ancien-build.html"), "ancien");

        deleteTree(sources.content().resolve(EVENT));
        builder(sources).build();

        assertThat(output.resolve(EVENT)).doesNotExist();
        assertThat(output.resolve("reste-d-un-ancien-build.html")).doesNotExist();
        assertThat(Files.readString(output.resolve("agenda/agenda.ics"))).doesNotContain("atelier-velo-tilleuls");
        assertThat(Files.readString(output.resolve("sitemap.xml"))).doesNotContain(EVENT);
        assertThat(buildFoldersBeside(output))
                .as("no build folder left beside the output")
                .isEmpty();
    }

    @Test
    void givenABrokenSource_whenBuilt_thenThePublishedSiteIsLeftAsItWas() throws IOException {
        SiteSources sources = SourceCopy.of(copy);
        builder(sources).build();
        String home = Files.readString(sources.output().resolve("index.html"));

        SourceCopy.replace(sources.content().resolve(EVENT + "index.md"), "neighbourhood=tilleuls", "neighbourhood=x");
        catchThrowableOfType(SiteBuildException.class, () -> builder(sources).build());

        assertThat(sources.output().resolve("index.html")).hasContent(home);
        assertThat(sources.output().resolve(EVENT + "index.html")).exists();
        assertThat(buildFoldersBeside(sources.output()))
                .as("the failed build's folder is deleted")
                .isEmpty();
    }

    /** What is beside the output folder apart from the copied sources: a build's folder left behind. */
    private static List<Path> buildFoldersBeside(Path output) throws IOException {
        try (Stream<Path> beside = Files.list(output.getParent())) {
            return beside.filter(path -> !List.of(
                                    "content", "data", output.getFileName().toString())
                            .contains(path.getFileName().toString()))
                    .toList();
        }
    }

    private static void deleteTree(Path folder) {
        OutputFolder.delete(folder);
    }
}
