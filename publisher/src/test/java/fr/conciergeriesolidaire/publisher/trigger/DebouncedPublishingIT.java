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
 * Ten edits in a minute give one or two builds, the last edit published. The minute is scaled down thirty times
 * (edits every 200 ms instead of 6 s, a quiet period of 333 ms and a longest wait of 1 s instead of 10 s and 30 s)
 * so that the test takes seconds; the build itself is not scaled, which makes edits during a build more likely here
 * than in AWS. The edits keep their schedule (the n-th at n times 200 ms) however long each one takes on a loaded
 * machine: sleeping 200 ms after each would stretch the scaled minute, and give more builds, as more minutes would. The stream is played as Lambda plays it for one shard: an invocation when the count has moved since
 * the last one started, one at a time.
 */
class DebouncedPublishingIT {
    private static final String SLUG = "2026-12-08-atelier-velo-tilleuls";
    private static final QuietPeriod SCALED =
            new QuietPeriod(Duration.ofMillis(333), Duration.ofMillis(1000), Duration.ofMillis(20), Clock.systemUTC());
    private static final long EDIT_EVERY_MILLIS = 200;

    @Test
    void givenTenEditsInAScaledMinute_whenTheStreamStartsThePublisher_thenOneOrTwoBuildsPublishTheLastEdit()
            throws InterruptedException {
        try (var world = new PublishingWorld("debounce")) {
            world.seed();
            Publication publication = world.publication(SCALED, path -> {});
            publication.run();
            ProgrammeChanges changes = world.changes();

            Thread editor = new Thread(() -> {
                long start = System.nanoTime();
                for (int edit = 1; edit <= 10; edit++) {
                    String title = "Édition n° " + edit;
                    world.edit(SLUG, event -> event.withTitle(title));
                    long next = start + edit * EDIT_EVERY_MILLIS * 1_000_000L;
                    sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000L));
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
