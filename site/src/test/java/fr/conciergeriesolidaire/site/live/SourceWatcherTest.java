package fr.conciergeriesolidaire.site.live;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.site.BuildSettings;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.SourceCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher rebuilds after edits anywhere in the sources, folders created after it started included. */
class SourceWatcherTest {
    /** A guard against a hang, not a timing requirement: the rebuilds themselves take a second or less. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path copy;

    private final RebuildOutcomes outcomes = new RebuildOutcomes();

    /** Waits for rebuilds until one has published the text (several edits may take several rebuilds). */
    private void awaitPublished(Path file, String text) throws Exception {
        while (!Files.exists(file) || !Files.readString(file).contains(text)) {
            outcomes.next(PATIENCE);
        }
    }

    @Test
    void givenAWatchedSite_whenAPageIsEditedAndAnEventAdded_thenBothArePublishedAndTheWatcherIsFresh()
            throws Exception {
        SiteSources sources = SourceCopy.of(copy);
        LiveSite site = new LiveSite(sources, new BuildSettings(null, Clock.systemUTC()));
        site.rebuild();
        try (SourceWatcher watcher = SourceWatcher.start(site, Duration.ofMillis(30), outcomes)) {

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

            assertThat(watcher.awaitFresh(PATIENCE)).isTrue();
            assertThat(sources.output().resolve("agenda/2027-05-01-fete-des-voisins/evenement.ics"))
                    .exists();
        }
    }
}
