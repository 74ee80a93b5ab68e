package fr.conciergeriesolidaire.site.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.conciergeriesolidaire.site.BuildSettings;
import fr.conciergeriesolidaire.site.OutputFolder;
import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.SourceCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm rebuild after an edit leaves no page stale: the edited page and every page, feed, calendar and sitemap
 * that shows it follow, and deleted content disappears. Built from a copy of the real sources.
 */
class LiveSiteTest {
    private static final String POST = "actualites/2026-11-programme-hiver/";
    private static final String POST_TITLE = "Le programme d'animations de l'hiver est en ligne";
    private static final String EVENT = "agenda/2026-12-08-atelier-velo-tilleuls/";
    private static final Clock NOW =
            Clock.fixed(OffsetDateTime.parse("2026-11-28T12:00:00+01:00").toInstant(), ZoneOffset.UTC);

    @TempDir
    Path copy;

    private SiteSources sources;
    private LiveSite site;

    @BeforeEach
    void buildOnce() {
        sources = SourceCopy.of(copy);
        site = new LiveSite(sources, settings());
        site.rebuild();
    }

    private static BuildSettings settings() {
        return new BuildSettings(null, NOW);
    }

    private Path published(String path) {
        return sources.output().resolve(path);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(published(path + "index.html").toFile(), "UTF-8");
    }

    @Test
    void givenAPostTitleEdited_whenRebuilt_thenItsPageTheNewsListTheHomeAndTheFeedShowIt() throws IOException {
        SourceCopy.replace(
                sources.content().resolve(POST + "index.md"), POST_TITLE, "Le programme de l'hiver est paru");

        site.rebuild();

        assertThat(page(POST).select("h1").text()).isEqualTo("Le programme de l'hiver est paru");
        assertThat(page("actualites/").select(".news-list a").eachText())
                .contains("Le programme de l'hiver est paru")
                .doesNotContain(POST_TITLE);
        assertThat(page("").select("#actualites ~ .news-list a").eachText())
                .contains("Le programme de l'hiver est paru");
        assertThat(Files.readString(published("actualites/flux.atom")))
                .contains("Le programme de l'hiver est paru")
                .doesNotContain(POST_TITLE);
    }

    @Test
    void givenANewPost_whenRebuilt_thenTheSitemapAndTheFeedList() throws IOException {
        Path post = sources.content().resolve("actualites/2026-11-28-nouveau/index.md");
        Files.createDirectories(post.getParent());
        Files.writeString(
                post, "type=post\ntitle=Un nouvel article\ndescription=Du nouveau.\ndate=2026-11-28\n~~~~~~\nTexte.\n");

        site.rebuild();

        assertThat(Files.readString(published("sitemap.xml"))).contains("/actualites/2026-11-28-nouveau/");
        assertThat(Files.readString(published("actualites/flux.atom"))).contains("Un nouvel article");
    }

    @Test
    void givenAnEventDeleted_whenRebuilt_thenItsPageAndEveryCalendarEntryDisappear() throws IOException {
        OutputFolder.delete(sources.content().resolve(EVENT));

        site.rebuild();

        assertThat(published(EVENT)).doesNotExist();
        assertThat(Files.readString(published("agenda/agenda.ics"))).doesNotContain("atelier-velo-tilleuls");
        assertThat(Files.readString(published("quartiers/tilleuls/agenda.ics")))
                .doesNotContain("atelier-velo-tilleuls");
        assertThat(Files.readString(published("sitemap.xml"))).doesNotContain(EVENT);
        assertThat(page("agenda/").select("a[href=/" + EVENT + "]")).isEmpty();
    }

    @Test
    void givenAPriceChangedInTheData_whenRebuilt_thenThePartnerAndOrderPagesShowIt() throws IOException {
        SourceCopy.replace(sources.data().resolve("catalog.yaml"), "priceCents: 250", "priceCents: 275");

        site.rebuild();

        assertThat(page("partenaires/atelier-repassage/").select("td.price").eachText())
                .anyMatch(price -> price.startsWith("2,75"))
                .noneMatch(price -> price.startsWith("2,50"));
        assertThat(page("commander/").select("#detail-repassage-chemise").text())
                .startsWith("2,75");
    }

    @Test
    void givenATemplateEdited_whenRebuilt_thenEveryPageFollows() throws IOException {
        Path theme = SourceCopy.theme(copy.resolve("theme"));
        LiveSite withTheme =
                new LiveSite(new SiteSources(theme, sources.content(), sources.data(), sources.output()), settings());
        withTheme.rebuild();
        SourceCopy.replace(
                theme.resolve("templates/partials/footer.ftlh"),
                "<footer class=\"site-footer\">",
                "<footer class=\"site-footer\"><p id=\"nouveau\">Nouveau pied de page</p>");

        withTheme.rebuild();

        assertThat(page("").select("#nouveau").text()).isEqualTo("Nouveau pied de page");
        assertThat(page(EVENT).select("#nouveau")).hasSize(1);
    }

    @Test
    void givenABrokenEdit_whenRebuilt_thenTheProblemIsReportedAndTheSiteStaysAsItWas() throws IOException {
        String home = Files.readString(published("index.html"));
        SourceCopy.replace(sources.content().resolve(POST + "index.md"), POST_TITLE, "Nouveau titre");
        SourceCopy.replace(
                sources.content().resolve(EVENT + "index.md"), "start=2026-12-08T16:00", "start=2026-12-32T16:00");

        SiteBuildException failure = catchThrowableOfType(SiteBuildException.class, () -> site.rebuild());

        assertThat(failure.problems()).anySatisfy(problem -> assertThat(problem).contains(EVENT + "index.md:5"));
        assertThat(published("index.html")).hasContent(home);
        assertThat(page(POST).select("h1").text()).isEqualTo(POST_TITLE);
    }

    @Test
    void givenNothingChanged_whenRebuilt_thenNoFileIsWrittenAgain() throws IOException {
        Map<Path, FileTime> before = modificationTimes();

        site.rebuild();

        assertThat(modificationTimes()).isEqualTo(before);
    }

    private Map<Path, FileTime> modificationTimes() throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources.output())) {
            for (Path file : files.toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
