package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The events table named by {@code EVENTS_TABLE}, through the programme module's {@link EventTable} (the one owner of
 * its item format, which the publisher reads): its failures become the functions' own (503, 409).
 */
final class DynamoDbEventStore implements EventStore {
    private final EventTable table;

    DynamoDbEventStore(DynamoDbClient dynamoDb, String tableName, ZoneId zone) {
        this.table = new EventTable(dynamoDb, tableName, new EventItemMapper(zone));
    }

    @Override
    public Optional<StoredEvent> find(String slug) {
        return DynamoDbCalls.call(() -> table.find(slug));
    }

    @Override
    public boolean insert(ProgrammeEvent event, Instant now) {
        return DynamoDbCalls.call(() -> table.insertIfAbsent(event, now));
    }

    @Override
    public StoredEvent replace(ProgrammeEvent event, long seenVersion, Instant now) {
        try {
            return DynamoDbCalls.call(() -> table.replace(event, seenVersion, now));
        } catch (fr.conciergeriesolidaire.programme.table.VersionConflictException changedMeanwhile) {
            throw new VersionConflictException();
        }
    }

    @Override
    public List<StoredEvent> inNeighbourhoodFrom(String neighbourhood, Instant from) {
        return DynamoDbCalls.call(() -> table.inNeighbourhoodFrom(neighbourhood, from));
    }
}
