package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.programme.event.EventText;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.places.EventPlaces;
import fr.conciergeriesolidaire.programme.places.PlacesTable;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.PageType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The events of the events table, each made into an event page under the agenda page's folder
 * ({@code agenda/<slug>/index.html}). The Markdown events of the content folder are the table's seed, not a source:
 * they are left out of such a build (so that no event comes from two sources).
 *
 * <p>With the places table, an event whose places are all taken by registrations is shown full (its page, calendars
 * and JSON-LD say so), without anyone changing the event: the registrations ask for a new build when it fills up or
 * a place frees.
 */
public final class TableEvents implements EventSource {
    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Optional<String> placesTable;

    public TableEvents(DynamoDbClient dynamoDb, String tableName) {
        this(dynamoDb, tableName, Optional.empty());
    }

    /** @param placesTable the places the registrations hold (template.yaml's EventPlacesTable), if any */
    public TableEvents(DynamoDbClient dynamoDb, String tableName, Optional<String> placesTable) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.placesTable = placesTable;
    }

    @Override
    public List<ContentFile> pages(List<ContentFile> contentPages, ZoneId zone, Problems problems) {
        List<ContentFile> pages = new ArrayList<>(contentPages.stream()
                .filter(page -> page.type() != PageType.EVENT)
                .toList());
        List<StoredEvent> events = new EventTable(dynamoDb, tableName, new EventItemMapper(zone)).all();
        if (events.isEmpty()) {
            return pages;
        }
        Optional<ContentFile> agenda =
                pages.stream().filter(page -> page.type() == PageType.AGENDA).findFirst();
        if (agenda.isEmpty()) {
            problems.add("content/", "les évènements de la table demandent la page de liste type=agenda");
            return pages;
        }
        String folder = agenda.get().uri().substring(0, agenda.get().uri().lastIndexOf('/') + 1);
        Map<String, EventPlaces> places =
                placesTable.map(table -> new PlacesTable(dynamoDb, table).all()).orElse(Map.of());
        events.stream()
                .sorted(Comparator.comparing(stored -> stored.event().slug()))
                .forEach(stored ->
                        pages.add(page(stored, folder, places.get(stored.event().slug()))));
        return pages;
    }

    /** The page of one event, as if it had been written in Markdown (its rules are checked again when read). */
    static ContentFile page(StoredEvent stored, String agendaFolder) {
        return page(stored, agendaFolder, null);
    }

    /** @param places the places its registrations hold, null when none */
    static ContentFile page(StoredEvent stored, String agendaFolder, EventPlaces places) {
        ProgrammeEvent event = stored.event();
        Map<String, String> header = new LinkedHashMap<>();
        header.put("type", PageType.EVENT.headerValue());
        header.putAll(EventText.fields(event));
        if (event.status() == EventStatus.SCHEDULED && places != null && places.isFull(event.capacity())) {
            header.put(EventFields.STATUS, EventStatus.FULL.headerValue());
        }
        header.put(Event.REVISED, stored.updatedAt().toString());
        String body = event.description().endsWith("\n") ? event.description() : event.description() + "\n";
        return new ContentFile(
                null,
                "table des évènements : " + event.slug(),
                agendaFolder + event.slug() + "/index.html",
                PageType.EVENT,
                header,
                Map.of(),
                body);
    }
}
