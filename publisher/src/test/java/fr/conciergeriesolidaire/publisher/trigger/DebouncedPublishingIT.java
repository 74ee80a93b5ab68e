package fr.conciergeriesolidaire.publisher.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.publisher.PublishingWorld;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ten edits in a minute give one or two builds, the last edit published. The minute is scaled down sixty times
 * (edits every 100 ms instead of 6 s, a quiet period of 167 ms and a longest wait of 500 ms instead of 10 s and 30 s)
 * so that the test takes seconds; the build itself is not scaled, which makes edits during a build more likely here
 * than in AWS. The stream is played as Lambda plays it for one shard: an invocation when the count has moved since
 * the last one started, one at a time.
 */
class DebouncedPublishingIT {
    private static final String SLUG = "2026-12-08-atelier-velo-tilleuls";
    private static final QuietPeriod SCALED =
            new QuietPeriod(Duration.ofMillis(167), Duration.ofMillis(500), Duration.ofMillis(20), Clock.systemUTC());

    @Test
    void givenTenEditsInAScaledMinute_whenTheStreamStartsThePublisher_thenOneOrTwoBuildsPublishTheLastEdit()
            throws InterruptedException {
        try (var world = new PublishingWorld("debounce")) {
            world.seed();
            Publication publication = world.publication(SCALED, path -> {});
            publication.run();
            ProgrammeChanges changes = world.changes();

            Thread editor = new Thread(() -> {
                for (int edit = 1; edit <= 10; edit++) {
                    String title = "Édition n° " + edit;
                    world.edit(SLUG, event -> PublishingWorld.retitled(event, title));
                    sleep(100);
                }
            });
            editor.start();
            List<Publication.Outcome> builds = new ArrayList<>();
            long delivered = changes.read().changes();
            while (editor.isAlive() || changes.read().changes() != delivered) {
                long now = changes.read().changes();
                if (now == delivered) {
                    sleep(10);
                    continue;
                }
                delivered = now;
                Publication.Outcome outcome = publication.run();
                if (outcome.built()) {
                    builds.add(outcome);
                }
            }
            editor.join();

            assertThat(builds).hasSizeBetween(1, 2);
            assertThat(world.text("agenda/" + SLUG + "/index.html")).contains("Édition n° 10");
            assertThat(world.manifest().changes()).isEqualTo(changes.read().changes());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
