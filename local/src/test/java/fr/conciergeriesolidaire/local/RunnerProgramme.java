package fr.conciergeriesolidaire.local;

import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.event.EventText;
import fr.conciergeriesolidaire.programme.event.FieldProblems;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Events put in a running runner's events table as the team's editing does (checked by {@link EventRules}, then one
 * programme change, which the runner's live site follows). Shared by the browser suite and the benchmarks.
 */
public final class RunnerProgramme {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EventTable table;
    private final ProgrammeChanges changes;
    private final EventRules rules =
            new EventRules(SiteDataLoader.fromDirectory(Repository.root().resolve("site/data")), PARIS);

    /** The programme of the runner whose emulated DynamoDB is {@code client}. */
    public RunnerProgramme(DynamoDbClient client) {
        this.table = new EventTable(client, LocalPlatform.TABLE_PREFIX + "EventsTable", new EventItemMapper(PARIS));
        this.changes = new ProgrammeChanges(client, LocalPlatform.TABLE_PREFIX + "PublicationTable");
    }

    /** A workshop in the Canal neighbourhood, a week from now at 14:00, asking for registration. */
    public void addWorkshop(String slug, String title, int capacity, int perRegistration) {
        LocalDateTime start = LocalDateTime.now(PARIS)
                .plusDays(7)
                .truncatedTo(ChronoUnit.HOURS)
                .withHour(14);
        Map<String, String> fields = new HashMap<>(Map.of(
                EventFields.TITLE,
                title,
                EventFields.SUMMARY,
                "Un atelier des tests.",
                EventFields.NEIGHBOURHOOD,
                "canal",
                EventFields.REGISTRATION,
                "En ligne ou au comptoir",
                EventFields.CAPACITY,
                Integer.toString(capacity),
                EventFields.PLACES_PER_REGISTRATION,
                Integer.toString(perRegistration)));
        timed(fields, start);
        table.insertIfAbsent(checked(slug, fields, "Un atelier pour les tests.\n"), Instant.now());
        changes.record(Instant.now());
    }

    /** The team moves the event: it began an hour ago (its attendance can be marked). */
    public void begun(String slug) {
        StoredEvent stored = table.all().stream()
                .filter(event -> event.event().slug().equals(slug))
                .findFirst()
                .orElseThrow();
        Map<String, String> fields = new HashMap<>(EventText.fields(stored.event()));
        timed(fields, LocalDateTime.now(PARIS).minusHours(1).truncatedTo(ChronoUnit.MINUTES));
        table.replace(checked(slug, fields, stored.event().description()), stored.version(), Instant.now());
        changes.record(Instant.now());
    }

    private static void timed(Map<String, String> fields, LocalDateTime start) {
        fields.put(EventFields.START, start.toString());
        fields.put(EventFields.END, start.plusHours(2).toString());
    }

    private ProgrammeEvent checked(String slug, Map<String, String> fields, String body) {
        FieldProblems problems = new FieldProblems();
        return rules.check(slug, fields, body, problems)
                .orElseThrow(() -> new IllegalStateException("The event " + slug + " is refused: " + problems.all()));
    }
}
