package fr.conciergeriesolidaire.local.site;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.places.PlacesItem;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.SourceCopy;
import fr.conciergeriesolidaire.site.event.EventSeed;
import fr.conciergeriesolidaire.site.event.TableEvents;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's site with its events from the table: seeded from the Markdown events when empty, then rebuilt when
 * the count of programme changes moves (ProgrammeWatch, standing in for the stream), as the back-office will make it
 * move; Markdown event files are then the seed only.
 */
class TableSiteIT {
    private static final String SLUG = "2026-12-08-atelier-velo-tilleuls";
    private static final String PAGE = "agenda/" + SLUG + "/index.html";

    @TempDir
    Path folder;

    private Emulators emulators;
    private Map<String, String> tables;
    private SiteSources sources;
    private WatchedSite site;
    private ProgrammeWatch watch;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        emulators = Emulators.startInMemory();
        tables = emulators.dynamoDb().createTables(Repository.template(), id -> "table-site-" + id);
        Path realSite = Repository.root().resolve("site");
        SourceCopy.copyTree(realSite.resolve("content"), folder.resolve("content"));
        SourceCopy.copyTree(realSite.resolve("data"), folder.resolve("data"));
        sources = new SiteSources(realSite, folder.resolve("content"), folder.resolve("data"), folder.resolve("out"));
    }

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.close();
        }
        if (site != null) {
            site.close();
        }
        emulators.close();
    }

    private void startSite() {
        var client = emulators.dynamoDb().client();
        site = WatchedSite.start(
                sources,
                new TableEvents(
                        client, tables.get("EventsTable"), java.util.Optional.of(tables.get("EventPlacesTable"))),
                new PrintStream(console, true, StandardCharsets.UTF_8),
                () -> {});
        watch = ProgrammeWatch.start(new ProgrammeChanges(client, tables.get("PublicationTable")), site);
    }

    private EventSeed seed() {
        return new EventSeed(sources);
    }

    private String page(String path) {
        return new String(site.read(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void givenAnEmptyTable_whenSeeded_thenTheMarkdownEventsAreThereOnceAndTheSiteShowsThem() {
        var client = emulators.dynamoDb().client();
        EventSeed.Result first = seed().importIntoEmpty(
                        client, tables.get("EventsTable"), tables.get("PublicationTable"), Instant.now())
                .orElseThrow();

        assertThat(first.added()).isEqualTo(14);
        assertThat(seed().importIntoEmpty(
                                client, tables.get("EventsTable"), tables.get("PublicationTable"), Instant.now()))
                .isEmpty();
        assertThat(seed().importInto(client, tables.get("EventsTable"), tables.get("PublicationTable"), Instant.now()))
                .isEqualTo(new EventSeed.Result(0, 14));
        startSite();
        assertThat(page(PAGE)).contains("Atelier");
    }

    @Test
    void givenAnEventEditedInTheTable_whenTheChangeIsCounted_thenTheRunnerServesTheNewPage() throws Exception {
        var client = emulators.dynamoDb().client();
        seed().importIntoEmpty(client, tables.get("EventsTable"), tables.get("PublicationTable"), Instant.now());
        startSite();
        EventTable events =
                new EventTable(client, tables.get("EventsTable"), new EventItemMapper(ZoneId.of("Europe/Paris")));
        StoredEvent stored = events.all().stream()
                .filter(event -> event.event().slug().equals(SLUG))
                .findFirst()
                .orElseThrow();
        ProgrammeEvent event = stored.event();

        events.replace(
                new ProgrammeEvent(
                        event.slug(),
                        "Vélo : atelier déplacé",
                        event.summary(),
                        event.description(),
                        event.neighbourhood(),
                        event.start(),
                        event.end(),
                        event.status(),
                        event.previousStart(),
                        event.customPlace(),
                        event.partner(),
                        event.registration(),
                        event.capacity(),
                        event.placesPerRegistration(),
                        event.access(),
                        event.accessNote(),
                        event.sequence() + 1),
                stored.version(),
                Instant.now());
        new ProgrammeChanges(client, tables.get("PublicationTable")).record(Instant.now());

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!page(PAGE).contains("Vélo : atelier déplacé") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(page(PAGE)).contains("Vélo : atelier déplacé");
        assertThat(page("agenda/index.html")).contains("Vélo : atelier déplacé");
    }

    @Test
    void givenRegistrationsHoldingEveryPlace_whenTheChangeIsCounted_thenThePageCalendarAndJsonLdSayFullUntilOneFrees()
            throws Exception {
        var client = emulators.dynamoDb().client();
        seed().importIntoEmpty(client, tables.get("EventsTable"), tables.get("PublicationTable"), Instant.now());
        startSite();
        String workshop = "agenda/2027-01-23-atelier-couture-canal/";
        assertThat(page(workshop + "index.html")).doesNotContain("status--full").contains("schema.org/InStock");

        places(client, "2027-01-23-atelier-couture-canal", 8);
        new ProgrammeChanges(client, tables.get("PublicationTable")).record(Instant.now());
        awaitPage(workshop + "index.html", "status--full");

        assertThat(page(workshop + "index.html"))
                .contains("\"remainingAttendeeCapacity\":0", "schema.org/SoldOut", "class=\"registration__full\">");
        assertThat(page(workshop + "evenement.ics")).contains("(complet)");
        places(client, "2027-01-23-atelier-couture-canal", 7);
        new ProgrammeChanges(client, tables.get("PublicationTable")).record(Instant.now());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (page(workshop + "index.html").contains("status--full") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(page(workshop + "index.html")).doesNotContain("status--full").contains("schema.org/InStock");
    }

    /** The event's ledger as the registrations keep it, {@code taken} places held. */
    private void places(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String event, int taken) {
        java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> holders =
                new java.util.HashMap<>();
        for (int holder = 0; holder < taken; holder++) {
            holders.put("REF" + holder, software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("1"));
        }
        client.putItem(put -> put.tableName(tables.get("EventPlacesTable"))
                .item(Map.of(
                        PlacesItem.KEY, software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(event),
                        PlacesItem.TAKEN,
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(
                                        Integer.toString(taken)),
                        PlacesItem.HOLDERS,
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(holders))));
    }

    private void awaitPage(String path, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!page(path).contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(page(path)).contains(text);
    }

    @Test
    void givenTheTableSource_whenAMarkdownEventIsEdited_thenTheTableStillDecides() throws Exception {
        var client = emulators.dynamoDb().client();
        seed().importIntoEmpty(client, tables.get("EventsTable"), tables.get("PublicationTable"), Instant.now());
        startSite();
        Path markdown = sources.content().resolve("agenda/" + SLUG + "/index.md");

        SourceCopy.replace(markdown, "title=", "title=Titre écrit en Markdown ");
        Files.writeString(
                sources.content().resolve("agenda/index.md"),
                Files.readString(sources.content().resolve("agenda/index.md")) + "\nUn mot de plus.\n");

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!page("agenda/index.html").contains("Un mot de plus.") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(page("agenda/index.html")).contains("Un mot de plus.");
        assertThat(page(PAGE)).doesNotContain("Titre écrit en Markdown");
    }
}
