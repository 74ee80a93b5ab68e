package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.catalog.InvalidDataException;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.SiteContent;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.ContentReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Markdown events of the content folder as the seed of the events table: read and checked as the build checks
 * them, then each put only where its slug is free (a conditional put), so the import can run again and never
 * overwrites an event the team has edited since. One programme change is recorded when any event was added, so the
 * publisher (or the local runner) builds the site from the table.
 */
public final class EventSeed {
    /** What an import did. */
    public record Result(int added, int alreadyThere) {}

    private final SiteSources sources;

    public EventSeed(SiteSources sources) {
        this.sources = sources;
    }

    /**
     * Imports the Markdown events whose slug is free.
     *
     * @throws SiteBuildException if the content or the data have problems (each with its file and line)
     */
    public Result importInto(DynamoDbClient dynamoDb, String eventsTable, String publicationTable, Instant now) {
        return importInto(dynamoDb, eventsTable, publicationTable, now, false);
    }

    /** Imports the Markdown events only into an empty table (the local runner's first start); empty otherwise. */
    public Optional<Result> importIntoEmpty(
            DynamoDbClient dynamoDb, String eventsTable, String publicationTable, Instant now) {
        return Optional.ofNullable(importInto(dynamoDb, eventsTable, publicationTable, now, true));
    }

    private Result importInto(
            DynamoDbClient dynamoDb, String eventsTable, String publicationTable, Instant now, boolean onlyIntoEmpty) {
        SiteData data = data();
        ZoneId zone = ZoneId.of(data.organisation().site().timeZone());
        EventTable table = new EventTable(dynamoDb, eventsTable, new EventItemMapper(zone));
        if (onlyIntoEmpty && !table.isEmpty()) {
            return null;
        }
        int added = 0;
        List<ProgrammeEvent> events = events(data, zone);
        for (ProgrammeEvent event : events) {
            if (table.insertIfAbsent(event, now)) {
                added++;
            }
        }
        if (added > 0) {
            new ProgrammeChanges(dynamoDb, publicationTable).record(now);
        }
        return new Result(added, events.size() - added);
    }

    private List<ProgrammeEvent> events(SiteData data, ZoneId zone) {
        Problems problems = new Problems();
        List<ContentFile> pages = new ContentReader(sources.content(), "content/", problems).readAll();
        SiteContent content = SiteContent.check(pages, data, zone, problems);
        problems.throwIfAny();
        return content.events().stream().map(Event::details).toList();
    }

    private SiteData data() {
        try {
            return SiteDataLoader.fromDirectory(sources.data());
        } catch (InvalidDataException invalid) {
            throw new SiteBuildException(
                    invalid.errors().stream().map(error -> "data/" + error).toList(), invalid);
        }
    }
}
