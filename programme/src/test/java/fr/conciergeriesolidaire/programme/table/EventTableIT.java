package fr.conciergeriesolidaire.programme.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.event.FieldProblems;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events table and the change count, in dynalite, with the tables and indexes of template.yaml. */
class EventTableIT {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
    private static Emulators emulators;
    private static Map<String, String> tables;

    private final EventRules rules = new EventRules(SiteDataLoader.fromDirectory(Path.of("../site/data")), PARIS);

    @BeforeAll
    static void start() {
        emulators = Emulators.startInMemory();
        tables = emulators
                .dynamoDb()
                .createTables(SamTemplate.read(NodeTools.ofRepository().root().resolve("template.yaml")), id -> id);
    }

    @AfterAll
    static void stop() {
        emulators.close();
    }

    private EventTable table() {
        return new EventTable(emulators.dynamoDb().client(), tables.get("EventsTable"), new EventItemMapper(PARIS));
    }

    private ProgrammeEvent event(String slug, String neighbourhood, String start, Map<String, String> more) {
        Map<String, String> fields = new HashMap<>(Map.of(
                EventFields.TITLE,
                "Titre " + slug,
                EventFields.SUMMARY,
                "Résumé.",
                EventFields.NEIGHBOURHOOD,
                neighbourhood,
                EventFields.START,
                start,
                EventFields.END,
                start.substring(0, 11) + "23:00"));
        fields.putAll(more);
        FieldProblems problems = new FieldProblems();
        return rules.check(slug, fields, "Texte *Markdown*.\n", problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
    }

    @Test
    void givenAnEventWithEveryField_whenStoredAndReadBack_thenItIsTheSame() {
        ProgrammeEvent event = event(
                "complet",
                "canal",
                "2026-11-05T18:00",
                Map.of(
                        EventFields.STATUS,
                        "rescheduled",
                        EventFields.PREVIOUS_START,
                        "2026-11-01T18:00",
                        EventFields.PLACE_NAME,
                        "Médiathèque",
                        EventFields.PLACE_ADDRESS,
                        "2 rue des Fusillés, 51100 Reims",
                        EventFields.PARTNER,
                        "velo-atelier",
                        EventFields.REGISTRATION,
                        "Au comptoir",
                        EventFields.CAPACITY,
                        "12",
                        EventFields.PLACES_PER_REGISTRATION,
                        "3",
                        "accessHearing",
                        "no",
                        EventFields.SEQUENCE,
                        "3"));

        assertThat(table().insertIfAbsent(event, NOW)).isTrue();

        assertThat(table().all()).contains(new StoredEvent(event, 1, NOW));
        assertThat(table().find("complet")).contains(new StoredEvent(event, 1, NOW));
        assertThat(table().find("absent")).isEmpty();
    }

    @Test
    void givenACancelledEventWithItsMessage_whenStoredAndFound_thenTheMessageIsThere() {
        ProgrammeEvent event = event(
                "annule",
                "tilleuls",
                "2026-11-12T18:00",
                Map.of(EventFields.STATUS, "cancelled", EventFields.STATUS_NOTE, "Annulé : la salle est fermée."));

        table().insertIfAbsent(event, NOW);

        assertThat(table().find("annule").orElseThrow().event().statusNote())
                .isEqualTo("Annulé : la salle est fermée.");
    }

    @Test
    void givenAnEventAlreadyThere_whenInsertedAgain_thenItIsLeftAsItWas() {
        ProgrammeEvent first = event("deux-fois", "canal", "2026-11-06T18:00", Map.of());
        ProgrammeEvent second = event("deux-fois", "tilleuls", "2026-11-07T18:00", Map.of());
        table().insertIfAbsent(first, NOW);

        assertThat(table().insertIfAbsent(second, NOW)).isFalse();
        assertThat(table().all())
                .filteredOn(stored -> stored.event().slug().equals("deux-fois"))
                .extracting(StoredEvent::event)
                .containsExactly(first);
    }

    @Test
    void givenTwoPeopleEditingFromTheSameVersion_whenBothSave_thenTheSecondGetsAConflict() {
        ProgrammeEvent event = event("concurrent", "canal", "2026-11-08T18:00", Map.of());
        table().insertIfAbsent(event, NOW);
        ProgrammeEvent moved = event("concurrent", "canal", "2026-11-09T18:00", Map.of());

        StoredEvent saved = table().replace(moved, 1, NOW.plusSeconds(60));

        assertThat(saved.version()).isEqualTo(2);
        assertThatThrownBy(() -> table().replace(event, 1, NOW.plusSeconds(61)))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void givenEventsInTwoNeighbourhoods_whenQueriedByIndex_thenEachListIsInStartOrder() {
        table().insertIfAbsent(event("index-c", "canal", "2027-03-03T10:00", Map.of()), NOW);
        table().insertIfAbsent(event("index-a", "canal", "2027-03-01T10:00", Map.of()), NOW);
        table().insertIfAbsent(event("index-b", "tilleuls", "2027-03-02T10:00", Map.of()), NOW);
        table().insertIfAbsent(event("index-passe", "canal", "2027-02-01T10:00", Map.of()), NOW);
        Instant from = Instant.parse("2027-02-28T00:00:00Z");

        assertThat(table().startingFrom(from))
                .extracting(stored -> stored.event().slug())
                .containsExactly("index-a", "index-b", "index-c");
        assertThat(table().inNeighbourhoodFrom("canal", from))
                .extracting(stored -> stored.event().slug())
                .containsExactly("index-a", "index-c");
    }

    @Test
    void givenChangesRecorded_whenRead_thenTheyAreCountedWithTheLastTime() {
        ProgrammeChanges changes = new ProgrammeChanges(emulators.dynamoDb().client(), tables.get("PublicationTable"));
        long before = changes.read().changes();

        changes.record(NOW);
        changes.record(NOW.plusSeconds(5));

        assertThat(changes.read()).isEqualTo(new ProgrammeChanges.Count(before + 2, NOW.plusSeconds(5)));
    }
}
