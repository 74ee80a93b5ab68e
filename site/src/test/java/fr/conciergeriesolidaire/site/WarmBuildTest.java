package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.site.publish.ChangedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm builder reuses the Markdown, item pages and calendars of its previous build: after every kind of edit, its build must
 * hold exactly the files a fresh builder makes from the same sources. One sequence of edits, each checked.
 */
class WarmBuildTest {
    private static final String EVENT = "agenda/2026-12-08-atelier-velo-tilleuls/index.md";
    private static final String POST = "actualites/2026-11-programme-hiver/index.md";

    @TempDir
    Path copy;

    private final SettableClock clock =
            new SettableClock(OffsetDateTime.parse("2026-11-28T12:00:00+01:00").toInstant());
    private SiteSources sources;
    private Path theme;
    private SiteBuilder warm;

    @BeforeEach
    void sources() {
        theme = SourceCopy.theme(copy.resolve("theme"));
        sources = SourceCopy.withTheme(theme, copy);
        warm = new SiteBuilder(sources, settings());
    }

    private BuildSettings settings() {
        return new BuildSettings(null, clock);
    }

    private Path content(String file) {
        return sources.content().resolve(file);
    }

    @Test
    void givenASequenceOfEdits_whenEachIsRebuiltWarm_thenEveryBuildEqualsAFreshOne() throws IOException {
        assertWarmEqualsFresh("first build");

        SourceCopy.replace(content(EVENT), "installent leurs outils", "installent leurs établis");
        assertThat(assertWarmEqualsFresh("an event's body").rendered())
                .as("the other items are kept")
                .isLessThan(20);

        SourceCopy.replace(content(EVENT), "title=Atelier réparation", "title=Grand atelier réparation");
        assertWarmEqualsFresh("an event's title");

        SourceCopy.replace(content(POST), "title=Le programme", "title=Tout le programme");
        assertWarmEqualsFresh("a news title");

        SourceCopy.replace(
                content("partenaires/velo-atelier/index.md"), "un atelier vélo associatif", "un atelier associatif");
        assertWarmEqualsFresh("a partner's page");

        Path added = content("agenda/2027-05-01-fete-des-voisins/index.md");
        Files.createDirectories(added.getParent());
        Files.writeString(
                added,
                "type=event\ntitle=Fête des voisins\ndescription=Un repas partagé.\n"
                        + "neighbourhood=canal\nstart=2027-05-01T12:00\nend=2027-05-01T15:00\n~~~~~~\nChacun apporte un plat.\n");
        assertWarmEqualsFresh("an event added");

        OutputFolder.delete(content("agenda/2027-01-23-atelier-couture-canal"));
        assertWarmEqualsFresh("an event deleted");

        SourceCopy.replace(content("agenda/index.md"), "title=Agenda des quartiers", "title=Les rendez-vous");
        assertWarmEqualsFresh("a list page's title, in every event's breadcrumb");

        SourceCopy.replace(content("agenda/index.md"), "menuTitle=Agenda", "menuTitle=Rendez-vous");
        assertWarmEqualsFresh("a menu title, on every page");

        SourceCopy.replace(content(POST), "date=2026-11-16", "date=2026-11-16\nmenu=9");
        assertWarmEqualsFresh("a news item put in the menu");

        SourceCopy.replace(sources.data().resolve("catalog.yaml"), "priceCents: 250", "priceCents: 275");
        assertWarmEqualsFresh("a price");

        SourceCopy.replace(sources.data().resolve("organisation.yaml"), "hours: Du lundi", "hours: Du mardi");
        assertWarmEqualsFresh("the organisation's hours, in every footer");

        SourceCopy.replace(
                theme.resolve("templates/partials/events.ftlh"),
                "<ul class=\"access\">",
                "<ul class=\"access access--list\">");
        assertWarmEqualsFresh("a template used by event pages");

        SourceCopy.replace(
                theme.resolve("templates/messages.properties"),
                "event.past=Ce rendez-vous est passé.",
                "event.past=Ce rendez-vous a eu lieu.");
        assertWarmEqualsFresh("a message");

        SourceCopy.replace(sources.data().resolve("counters.yaml"), "12 allée des Tilleuls", "14 allée des Tilleuls");
        assertWarmEqualsFresh("a counter's address, in its events' calendar locations");

        SourceCopy.replace(sources.data().resolve("counters.yaml"), "name: Les Tilleuls", "name: Les Grands Tilleuls");
        assertWarmEqualsFresh("a neighbourhood's name, in its calendar's name");

        SourceCopy.replace(
                sources.data().resolve("organisation.yaml"),
                "name: La conciergerie solidaire 51",
                "name: La conciergerie solidaire de la Marne");
        assertWarmEqualsFresh("the organisation's name, in every calendar's producer");

        SourceCopy.replace(
                theme.resolve("templates/messages.properties"), "calendar.all=Agenda", "calendar.all=Tout l'agenda");
        assertWarmEqualsFresh("a calendar's name");

        clock.set(OffsetDateTime.parse("2026-12-09T12:00:00+01:00").toInstant());
        assertWarmEqualsFresh("time passing an event");

        SourceCopy.replace(content(EVENT), "Freins, chaîne", "Freins et chaîne");
        assertWarmEqualsFresh("a past event's description");
    }

    private SiteBuilder.Report assertWarmEqualsFresh(String edit) {
        ChangedFiles warmFiles = new ChangedFiles();
        SiteBuilder.Report report = warm.buildInto(warmFiles);
        ChangedFiles freshFiles = new ChangedFiles();
        new SiteBuilder(sources, settings()).buildInto(freshFiles);

        Map<String, String> warmSite = texts(warmFiles.all());
        Map<String, String> freshSite = texts(freshFiles.all());
        assertThat(warmSite.keySet()).as(edit).isEqualTo(freshSite.keySet());
        warmSite.forEach(
                (path, text) -> assertThat(text).as(edit + " : " + path).isEqualTo(freshSite.get(path)));
        return report;
    }

    private static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> texts = new TreeMap<>();
        files.forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    /** The build's "now", moved by the test. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
