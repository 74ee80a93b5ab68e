package fr.conciergeriesolidaire.functions.programme;

import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The request to publish, as the programme module counts it in the table named by {@code PUBLICATION_TABLE}. */
public final class DynamoDbProgrammePublication implements ProgrammePublication {
    private final ProgrammeChanges changes;

    public DynamoDbProgrammePublication(DynamoDbClient dynamoDb, String table) {
        this.changes = new ProgrammeChanges(dynamoDb, table);
    }

    @Override
    public void changed(Instant at) {
        DynamoDbCalls.call(() -> changes.record(at));
    }
}
