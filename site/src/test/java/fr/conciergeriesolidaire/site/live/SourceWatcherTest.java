package fr.conciergeriesolidaire.site.live;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.site.BuildSettings;
import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.SiteBuilder;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.SourceCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher rebuilds after edits anywhere in the sources, folders created after it started included. */
class SourceWatcherTest {
    /** A guard against a hang, not a timing requirement: the rebuilds themselves take a second or less. */
    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path copy;

    private final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();

    private final SourceWatcher.Listener listener = new SourceWatcher.Listener() {
        @Override
        public void rebuilt(SiteBuilder.Report report) {
            outcomes.add(report);
        }

        @Override
        public void failed(SiteBuildException problems) {
            outcomes.add(problems);
        }
    };

    /** Waits for rebuilds until one has published the text (several edits may take several rebuilds). */
    private void awaitPublished(Path file, String text) throws Exception {
        while (!Files.exists(file) || !Files.readString(file).contains(text)) {
            Object outcome = outcomes.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            assertThat(outcome).as("a rebuild after the edit").isNotNull().isInstanceOf(SiteBuilder.Report.class);
        }
    }

    @Test
    void givenAWatchedSite_whenAPageIsEditedAndAnEventAdded_thenBothArePublishedAndTheWatcherIsFresh()
            throws Exception {
        SiteSources sources = SourceCopy.of(copy);
        LiveSite site = new LiveSite(sources, new BuildSettings(null, Clock.systemUTC()));
        site.rebuild();
        try (SourceWatcher watcher = SourceWatcher.start(site, Duration.ofMillis(30), listener)) {

            SourceCopy.replace(sources.content().resolve("contact/index.md"), "title=", "title=Écrivez-nous – ");
            awaitPublished(sources.output().resolve("contact/index.html"), "Écrivez-nous");

            Path event = sources.content().resolve("agenda/2027-05-01-fete-des-voisins/index.md");
            Files.createDirectories(event.getParent());
            Files.writeString(event, """
                    type=event
                    title=Fête des voisins
                    description=Un repas partagé au pied des immeubles.
                    neighbourhood=canal
                    start=2027-05-01T12:00
                    end=2027-05-01T15:00
                    ~~~~~~
                    Chacun apporte un plat.
                    """);
            awaitPublished(sources.output().resolve("agenda/agenda.ics"), "Fête des voisins");

            assertThat(watcher.awaitFresh(Duration.ofSeconds(PATIENCE_SECONDS))).isTrue();
            assertThat(sources.output().resolve("agenda/2027-05-01-fete-des-voisins/evenement.ics"))
                    .exists();
        }
    }
}
