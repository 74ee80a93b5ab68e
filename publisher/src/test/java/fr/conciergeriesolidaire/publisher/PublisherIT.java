package fr.conciergeriesolidaire.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.publisher.bucket.Manifest;
import fr.conciergeriesolidaire.publisher.bucket.ManifestStore;
import fr.conciergeriesolidaire.publisher.trigger.Publication;
import fr.conciergeriesolidaire.publisher.trigger.QuietPeriod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The publisher against a real S3 API (s3rver, or LocalStack's S3 at S3_ENDPOINT) and dynalite, through the
 * production wiring: the site built from the events table, the manifest diff, deletions, headers, a failed upload.
 */
class PublisherIT {
    private static final String SLUG = "2026-12-08-atelier-velo-tilleuls";
    private static final String PAGE = "agenda/" + SLUG + "/index.html";
    private static final QuietPeriod NO_WAIT =
            new QuietPeriod(Duration.ZERO, Duration.ZERO, Duration.ofMillis(10), Clock.systemUTC());

    private PublishingWorld world;
    private final Set<String> uploaded = java.util.Collections.synchronizedSet(new HashSet<>());

    @BeforeEach
    void start() {
        world = new PublishingWorld("site");
        world.seed();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private Publication publication() {
        return world.publication(NO_WAIT, uploaded::add);
    }

    private static ProgrammeEvent cancelled(ProgrammeEvent event) {
        return new ProgrammeEvent(
                event.slug(),
                event.title(),
                event.summary(),
                event.description(),
                event.neighbourhood(),
                event.start(),
                event.end(),
                EventStatus.CANCELLED,
                "Annulé : la salle est fermée.",
                null,
                event.customPlace(),
                event.partner(),
                event.registration(),
                event.capacity(),
                event.placesPerRegistration(),
                event.access(),
                event.accessNote(),
                event.sequence() + 1);
    }

    @Test
    void givenAnEmptyBucket_whenPublished_thenEveryFileIsUpWithItsTypeAndCacheHeaderAndTheManifestListsThem() {
        Publication.Outcome outcome = publication().run();

        assertThat(outcome.built()).isTrue();
        Manifest manifest = world.manifest();
        assertThat(manifest.unsure()).isEmpty();
        assertThat(manifest.changes()).isEqualTo(world.changes().read().changes());
        assertThat(world.keys())
                .containsExactlyInAnyOrderElementsOf(union(manifest.files().keySet(), ManifestStore.KEY));
        assertThat(manifest.files())
                .containsKeys("index.html", PAGE, "agenda/agenda.ics", "sitemap.xml", "404.html")
                .doesNotContainKey("_shell/reponse.html");
        assertThat(outcome.report().uploaded()).isEqualTo(manifest.files().size());
        assertThat(world.text(PAGE)).contains("Atelier");

        HeadObjectResponse page = head("index.html");
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.cacheControl()).isEqualTo("public, max-age=300, s-maxage=86400");
        assertThat(head("agenda/agenda.ics").contentType()).isEqualTo("text/calendar; charset=utf-8");
        String stylesheet = manifest.files().keySet().stream()
                .filter(path -> path.endsWith(".css"))
                .findFirst()
                .orElseThrow();
        assertThat(head(stylesheet).contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(head(stylesheet).cacheControl()).isEqualTo("public, max-age=86400");
    }

    @Test
    void givenTheEnvironmentTheTemplateGivesIt_whenTheHandlerIsBuilt_thenItStarts() {
        // Building clients makes no call: this proves the template's variables are enough and correctly named.
        assertThat(new PublisherHandler(world.environment())).isNotNull();
    }

    @Test
    void givenNothingChanged_whenRunAgain_thenNothingIsBuilt() {
        publication().run();

        assertThat(publication().run().built()).isFalse();
    }

    @Test
    void givenAnEditedEvent_whenPublished_thenOnlyTheFilesShowingItAreUploadedAndInvalidated() {
        publication().run();
        int files = world.manifest().files().size();
        uploaded.clear();

        world.edit(SLUG, event -> event.withTitle("Atelier vélo du samedi"));
        Publication.Outcome outcome = publication().run();

        assertThat(world.text(PAGE)).contains("Atelier vélo du samedi");
        assertThat(uploaded)
                .contains(PAGE, "agenda/index.html", "agenda/agenda.ics")
                .hasSizeLessThan(files / 4);
        assertThat(outcome.report().uploaded()).isEqualTo(uploaded.size());
        assertThat(outcome.report().invalidated()).contains("/agenda/" + SLUG + "/", "/" + PAGE, "/agenda/");
        assertThat(world.manifest().unsure()).isEmpty();
    }

    @Test
    void givenACancelledEvent_whenPublished_thenThePageTheCalendarsAndTheJsonLdSaySo() {
        publication().run();

        world.edit(SLUG, PublisherIT::cancelled);
        publication().run();

        assertThat(world.text("agenda/" + SLUG + "/evenement.ics")).contains("STATUS:CANCELLED", "SEQUENCE:1");
        assertThat(world.text("agenda/agenda.ics")).contains("STATUS:CANCELLED");
        assertThat(world.text(PAGE))
                .contains("https://schema.org/EventCancelled")
                .contains("Annulé");
    }

    @Test
    void givenADeletedEvent_whenPublished_thenItsFilesLeaveTheBucketAndTheManifest() {
        publication().run();

        world.emulators
                .dynamoDb()
                .client()
                .deleteItem(delete ->
                        delete.tableName(world.eventsTable()).key(Map.of("slug", AttributeValue.fromS(SLUG))));
        world.changes().record(Instant.now());
        Publication.Outcome outcome = publication().run();

        assertThat(outcome.report().deleted()).isEqualTo(2);
        assertThat(world.keys()).doesNotContain(PAGE, "agenda/" + SLUG + "/evenement.ics");
        assertThat(world.manifest().files()).doesNotContainKeys(PAGE, "agenda/" + SLUG + "/evenement.ics");
        assertThat(world.text("agenda/index.html")).doesNotContain(SLUG);
    }

    @Test
    void givenS3StoppingHalfwayThroughAnUpload_whenPublished_thenThePreviousManifestStaysAndTheNextRunFinishes() {
        assumeTrue(world.s3.isChildProcess(), "an outage of an external S3 endpoint cannot be simulated");
        publication().run();
        Manifest before = world.manifest();
        world.edit(SLUG, event -> event.withTitle("Atelier vélo interrompu"));
        AtomicInteger count = new AtomicInteger();
        Publication stopping = world.publication(NO_WAIT, path -> {
            if (count.incrementAndGet() == 2) {
                world.s3.stop();
            }
        });

        assertThatThrownBy(stopping::run).isInstanceOf(RuntimeException.class);
        world.s3.start();

        Manifest afterFailure = world.manifest();
        assertThat(afterFailure.changes()).isEqualTo(before.changes());
        assertThat(afterFailure.unsure()).contains(PAGE);
        assertThat(afterFailure.files())
                .doesNotContainKey(PAGE)
                .allSatisfy((path, hash) -> assertThat(before.files()).containsEntry(path, hash));

        Publication.Outcome next = publication().run();

        assertThat(next.built()).isTrue();
        assertThat(world.manifest().unsure()).isEmpty();
        assertThat(world.manifest().changes()).isEqualTo(world.changes().read().changes());
        assertThat(world.text(PAGE)).contains("Atelier vélo interrompu");
    }

    private HeadObjectResponse head(String key) {
        return world.s3.client().headObject(head -> head.bucket(world.bucket).key(key));
    }

    private static Set<String> union(Set<String> files, String more) {
        Set<String> all = new HashSet<>(files);
        all.add(more);
        return all;
    }
}
