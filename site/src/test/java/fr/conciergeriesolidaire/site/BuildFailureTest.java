package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in the data, the content or a template stops the build with a message naming the file (and the line
 * or entry) to fix. Each test breaks a copy of the real sources in one way.
 */
class BuildFailureTest {
    @TempDir
    Path copy;

    private SiteSources sources(Path theme) {
        return SourceCopy.withTheme(theme, copy);
    }

    private static void replace(Path file, String from, String to) {
        SourceCopy.replace(file, from, to);
    }

    private static SiteBuildException failure(SiteSources sources) {
        return catchThrowableOfType(
                SiteBuildException.class,
                () -> new SiteBuilder(sources, new BuildSettings(null, Clock.systemUTC())).build());
    }

    @Test
    void givenAPriceOfZeroInTheCatalogue_whenBuilt_thenTheFileAndEntryAreNamed() throws IOException {
        SiteSources sources = sources(Path.of("."));
        replace(sources.data().resolve("catalog.yaml"), "priceCents: 250", "priceCents: 0");

        assertThat(failure(sources).problems())
                .anyMatch(problem -> problem.startsWith("data/catalog.yaml")
                        || problem.contains(
                                "catalog.yaml › partners[atelier-repassage] › services[repassage-chemise]"));
    }

    @Test
    void givenAnEventInAnUnknownNeighbourhood_whenBuilt_thenTheFileAndLineAreNamed() throws IOException {
        SiteSources sources = sources(Path.of("."));
        replace(
                sources.content().resolve("agenda/2026-12-08-atelier-velo-tilleuls/index.md"),
                "neighbourhood=tilleuls",
                "neighbourhood=tilleul");

        assertThat(failure(sources).problems())
                .anyMatch(problem -> problem.contains("agenda/2026-12-08-atelier-velo-tilleuls/index.md:4")
                        && problem.contains("quartier inconnu"));
    }

    @Test
    void givenTheSameEventSlugInTwoFolders_whenBuilt_thenBothFilesAreNamed() throws IOException {
        SiteSources sources = sources(Path.of("."));
        Path original = sources.content().resolve("agenda/2026-12-08-atelier-velo-tilleuls/index.md");
        Path twin = sources.content().resolve("archives/2026-12-08-atelier-velo-tilleuls/index.md");
        Files.createDirectories(twin.getParent());
        Files.copy(original, twin);

        assertThat(failure(sources).problems())
                .anyMatch(problem -> problem.contains("content/archives/2026-12-08-atelier-velo-tilleuls/index.md : ")
                        && problem.contains("évènement en double")
                        && problem.endsWith("content/agenda/2026-12-08-atelier-velo-tilleuls/index.md"));
    }

    @Test
    void givenRawHtmlInAnEventsText_whenBuilt_thenTheFileIsNamed() throws IOException {
        SiteSources sources = sources(Path.of("."));
        Path event = sources.content().resolve("agenda/2026-12-08-atelier-velo-tilleuls/index.md");
        Files.writeString(event, Files.readString(event) + "\n<script>alert(1)</script>\n");

        assertThat(failure(sources).problems())
                .anyMatch(problem -> problem.contains("content/agenda/2026-12-08-atelier-velo-tilleuls/index.md : ")
                        && problem.contains("sans balise HTML"));
    }

    @Test
    void givenAPartnerWithoutItsPage_whenBuilt_thenThePartnerIsNamed() throws IOException {
        SiteSources sources = sources(Path.of("."));
        Files.delete(sources.content().resolve("partenaires/velo-atelier/index.md"));

        assertThat(failure(sources).problems())
                .anyMatch(problem -> problem.startsWith("catalog.yaml") && problem.contains("velo-atelier"));
    }

    @Test
    void givenAPageNamingAnUnknownPartner_whenBuilt_thenTheFileAndLineAreNamed() throws IOException {
        SiteSources sources = sources(Path.of("."));
        Path page = sources.content().resolve("partenaires/inconnu/index.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "type=partner\ntitle=Inconnu\ndescription=x\npartner=inconnu\n~~~~~~\nTexte.\n");

        assertThat(failure(sources).problems())
                .anyMatch(problem -> problem.contains("partenaires/inconnu/index.md:4") && problem.contains("inconnu"));
    }

    @Test
    void givenAMisspeltHeaderKeyAndABadDate_whenBuilt_thenEachIsReportedAtItsLine() throws IOException {
        SiteSources sources = sources(Path.of("."));
        Path event = sources.content().resolve("agenda/2027-01-23-atelier-couture-canal/index.md");
        replace(event, "capacity=8", "capacite=8");
        replace(event, "start=2027-01-23T10:00", "start=2027-01-32T10:00");

        assertThat(failure(sources).problems())
                .anySatisfy(problem -> assertThat(problem).contains("index.md:7", "capacite"))
                .anySatisfy(problem -> assertThat(problem).contains("index.md:5", "2027-01-32"));
    }

    @Test
    void givenAMissingPrivacyPageASecondHomeAndAnEmptyBody_whenBuilt_thenEachIsReported() throws IOException {
        SiteSources sources = sources(Path.of("."));
        Files.delete(sources.content().resolve("confidentialite/index.md"));
        Path secondHome = sources.content().resolve("accueil/index.md");
        Files.createDirectories(secondHome.getParent());
        Files.writeString(secondHome, "type=home\ntitle=Bis\ndescription=x\n~~~~~~\n\n");

        assertThat(failure(sources).problems())
                .anySatisfy(problem -> assertThat(problem).contains("page obligatoire absente", "type=privacy"))
                .anySatisfy(problem -> assertThat(problem).contains("accueil/index.md", "une seule page « home »"))
                .anySatisfy(problem -> assertThat(problem).contains("accueil/index.md", "corps de la page"));
    }

    @Test
    void givenATemplateError_whenBaked_thenTheTemplateAndLineAreNamed() throws IOException {
        Path theme = SourceCopy.theme(copy.resolve("theme"));
        replace(theme.resolve("templates/contact.ftlh"), "<h1>${content.title}</h1>", "<h1>${content.titre}</h1>");
        SiteSources sources = sources(theme);

        assertThat(String.join("\n", failure(sources).problems())).contains("contact.ftlh", "line 6", "content.titre");
    }

    @Test
    void givenATemplateSyntaxError_whenBuilt_thenTheTemplateAndLineAreNamedWithTheContentProblems() throws IOException {
        Path theme = SourceCopy.theme(copy.resolve("theme"));
        replace(theme.resolve("templates/partials/breadcrumb.ftlh"), "</#list>", "</#lisst>");
        SiteSources sources = sources(theme);
        replace(
                sources.content().resolve("agenda/2027-01-23-atelier-couture-canal/index.md"),
                "capacity=8",
                "capacite=8");

        assertThat(failure(sources).problems())
                .anySatisfy(problem -> assertThat(problem).startsWith("templates/partials/breadcrumb.ftlh:"))
                .anySatisfy(problem -> assertThat(problem).contains("index.md:7", "capacite"));
    }
}
