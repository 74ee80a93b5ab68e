package fr.conciergeriesolidaire.functions.outbox;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * A feature table's stream: sends each new record's e-mails right away. A record whose state could not be recorded
 * (storage down...) is reported as a batch item failure so Lambda retries it; e-mails that the mail service
 * refused are already recorded as pending and left to the sweeper's backoff.
 */
public abstract class StreamNotifierHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final System.Logger LOG = System.getLogger(StreamNotifierHandler.class.getName());

    private final Notifier notifier;
    private final String keyAttribute;

    /** @param keyAttribute the table's partition key, which the stream records carry */
    protected StreamNotifierHandler(Notifier notifier, String keyAttribute) {
        this.notifier = notifier;
        this.keyAttribute = keyAttribute;
    }

    @Override
    public final StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            // Our own updates (claims, "sent" marks) are MODIFY events: only new records are notified.
            if (!"INSERT".equals(record.getEventName())) {
                continue;
            }
            var stream = record.getDynamodb();
            try {
                notifier.deliver(stream.getKeys().get(keyAttribute).getS());
            } catch (RuntimeException failed) {
                LOG.log(
                        Level.WARNING,
                        "Notification of a new record failed: {0}",
                        failed.getClass().getSimpleName());
                failures.add(StreamsEventResponse.BatchItemFailure.builder()
                        .withItemIdentifier(stream.getSequenceNumber())
                        .build());
            }
        }
        return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
    }
}
