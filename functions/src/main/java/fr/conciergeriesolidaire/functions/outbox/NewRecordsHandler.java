package fr.conciergeriesolidaire.functions.outbox;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's stream (keys only, new records only): each new record's key goes to {@link #handleNew}, which reads the
 * record itself. A record it could not handle (storage or mail down...) is reported as a batch item failure so that
 * Lambda gives it again; the others go on.
 */
public abstract class NewRecordsHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final System.Logger LOG = System.getLogger(NewRecordsHandler.class.getName());

    private final String keyAttribute;

    /** @param keyAttribute the table's partition key, which the stream records carry */
    protected NewRecordsHandler(String keyAttribute) {
        this.keyAttribute = keyAttribute;
    }

    @Override
    public final StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            // Updates of a record (claims, "sent" marks, changes) are MODIFY events: only new records are handled.
            if (!"INSERT".equals(record.getEventName())) {
                continue;
            }
            var stream = record.getDynamodb();
            try {
                handleNew(stream.getKeys().get(keyAttribute).getS());
            } catch (RuntimeException failed) {
                // Only the type: a message might quote personal data.
                LOG.log(
                        Level.WARNING,
                        "A new record was not handled, Lambda will retry it: {0}",
                        failed.getClass().getSimpleName());
                failures.add(StreamsEventResponse.BatchItemFailure.builder()
                        .withItemIdentifier(stream.getSequenceNumber())
                        .build());
            }
        }
        return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
    }

    /** Handles one new record, read by its key; throws to have Lambda give it again. */
    protected abstract void handleNew(String key);
}
