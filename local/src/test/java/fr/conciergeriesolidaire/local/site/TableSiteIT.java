package fr.conciergeriesolidaire.local.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.event.EventText;
import fr.conciergeriesolidaire.programme.event.FieldProblems;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.event.Revisions;
import fr.conciergeriesolidaire.programme.places.PlacesItem;
import fr.conciergeriesolidaire.programme.proposals.ProposalIndex;
import fr.conciergeriesolidaire.programme.proposals.Season;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.SourceCopy;
import fr.conciergeriesolidaire.site.event.EventSeed;
import fr.conciergeriesolidaire.site.event.TableEvents;
import fr.conciergeriesolidaire.site.event.TableResidentIdeas;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
                new TableResidentIdeas(client, tables.get("ProposalsTable")),
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
                event.withTitle("Vélo : atelier déplacé").withSequence(event.sequence() + 1),
                stored.version(),
                Instant.now());
        new ProgrammeChanges(client, tables.get("PublicationTable")).record(Instant.now());

        awaitPage(PAGE, "Vélo : atelier déplacé");
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

        awaitPage("agenda/index.html", "Un mot de plus.");
        assertThat(page(PAGE)).doesNotContain("Titre écrit en Markdown");
    }

    @Test
    void givenACancellationThenANewDateAsTheBackOfficeWritesThem_thenThePageCalendarsJsonLdAndExportFollow()
            throws Exception {
        var client = emulators.dynamoDb().client();
        seed().importIntoEmpty(client, tables.get("EventsTable"), tables.get("PublicationTable"), Instant.now());
        startSite();
        EventTable events =
                new EventTable(client, tables.get("EventsTable"), new EventItemMapper(ZoneId.of("Europe/Paris")));

        change(
                events,
                Map.of(EventFields.STATUS, "cancelled", EventFields.STATUS_NOTE, "Annulé : la salle est fermée."));

        awaitPage(PAGE, "Annulé : la salle est fermée.");
        String calendar = unfolded(page("agenda/" + SLUG + "/evenement.ics"));
        assertThat(calendar).contains("STATUS:CANCELLED", "SEQUENCE:1", "DESCRIPTION:Annulé : la salle est fermée.");
        assertThat(unfolded(page("quartiers/tilleuls/agenda.ics")))
                .contains("SUMMARY:Atelier réparation de vélos au pied des immeubles (annulé)");
        assertThat(page(PAGE)).contains("\"eventStatus\":\"https://schema.org/EventCancelled\"");
        assertThat(new ObjectMapper()
                        .readTree(page("agenda/openagenda.json"))
                        .path("events")
                        .findParents("slug"))
                .filteredOn(exported -> exported.path("slug").asText().equals(SLUG))
                .singleElement()
                .satisfies(exported -> assertThat(exported.path("status").asInt())
                        .as("cancelled")
                        .isEqualTo(6));

        change(
                events,
                Map.of(
                        EventFields.STATUS, "rescheduled",
                        EventFields.PREVIOUS_START, "2026-12-08T14:00",
                        EventFields.START, "2026-12-15T14:00",
                        EventFields.END, "2026-12-15T17:00"));

        awaitPage(PAGE, "EventRescheduled");
        assertThat(page(PAGE)).contains("\"previousStartDate\":\"2026-12-08T14:00:00+01:00\"");
        assertThat(unfolded(page("agenda/" + SLUG + "/evenement.ics")))
                .contains("SEQUENCE:2", "DTSTART:20261215T130000Z", "STATUS:CONFIRMED");
    }

    @Test
    void givenResidentsIdeasThisSeason_whenCounted_thenTheNeighbourhoodPageSaysHowMany() throws Exception {
        var client = emulators.dynamoDb().client();
        seed().importIntoEmpty(client, tables.get("EventsTable"), tables.get("PublicationTable"), Instant.now());
        startSite();
        assertThat(page("quartiers/canal/index.html")).contains("la vôtre sera la première");

        for (String reference : List.of("AAAA-AAA1", "AAAA-AAA2")) {
            client.putItem(put -> put.tableName(tables.get("ProposalsTable"))
                    .item(Map.of(
                            "reference",
                            AttributeValue.fromS(reference),
                            ProposalIndex.NEIGHBOURHOOD,
                            AttributeValue.fromS("canal"),
                            ProposalIndex.SUBMITTED_AT,
                            AttributeValue.fromS(ProposalIndex.instant(Instant.now())),
                            ProposalIndex.STATUS,
                            AttributeValue.fromS("NEW"))));
        }
        new ProgrammeChanges(client, tables.get("PublicationTable")).record(Instant.now());

        awaitPage("quartiers/canal/index.html", "sont venues des habitants du quartier");
        assertThat(page("quartiers/canal/index.html"))
                .contains("Depuis le "
                        + FrenchFormat.date(Season.of(Instant.now(), ZoneId.of("Europe/Paris"))
                                .firstDay()) + ", 2\u00a0idées");
        assertThat(page("quartiers/tilleuls/index.html")).contains("la vôtre sera la première");
    }

    /** The event changed as the back-office changes it: its fields written back, changed, checked, revised. */
    private void change(EventTable events, Map<String, String> changes) {
        StoredEvent stored = events.find(SLUG).orElseThrow();
        Map<String, String> fields = new HashMap<>(EventText.fields(stored.event()));
        fields.remove(EventFields.STATUS_NOTE);
        fields.putAll(changes);
        FieldProblems problems = new FieldProblems();
        ProgrammeEvent changed = new EventRules(SiteDataLoader.fromDirectory(sources.data()), ZoneId.of("Europe/Paris"))
                .check(SLUG, fields, stored.event().description(), problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
        events.replace(Revisions.revised(stored.event(), changed), stored.version(), Instant.now());
        new ProgrammeChanges(emulators.dynamoDb().client(), tables.get("PublicationTable")).record(Instant.now());
    }

    /** An iCalendar text with its folded lines joined (RFC 5545, 3.1). */
    private static String unfolded(String calendar) {
        return calendar.replace("\r\n ", "").replace("\r\n", "\n");
    }
}
