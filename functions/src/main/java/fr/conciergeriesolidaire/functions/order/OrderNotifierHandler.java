package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import fr.conciergeriesolidaire.functions.notification.Notifier;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The orders table's stream: sends each new order's e-mails right away. A record whose state could not be
 * recorded (storage down...) is reported as a batch item failure so Lambda retries it; e-mails that the
 * mail service refused are already recorded as pending and left to the sweeper's backoff.
 */
public final class OrderNotifierHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final System.Logger LOG = System.getLogger(OrderNotifierHandler.class.getName());

    private final Notifier notifier;

    public OrderNotifierHandler() {
        this(System.getenv());
    }

    public OrderNotifierHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public OrderNotifierHandler(Map<String, String> environment, Clock clock) {
        this(OrderComponents.fromEnvironment(environment, clock));
    }

    OrderNotifierHandler(OrderComponents components) {
        this.notifier = components.notifier();
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            // Our own updates (claims, "sent" marks) are MODIFY events: only new orders are notified.
            if (!"INSERT".equals(record.getEventName())) {
                continue;
            }
            var stream = record.getDynamodb();
            try {
                notifier.deliver(stream.getKeys().get(OrderItemMapper.REFERENCE).getS());
            } catch (RuntimeException failed) {
                LOG.log(
                        Level.WARNING,
                        "Notification of a new order failed: {0}",
                        failed.getClass().getSimpleName());
                failures.add(StreamsEventResponse.BatchItemFailure.builder()
                        .withItemIdentifier(stream.getSequenceNumber())
                        .build());
            }
        }
        return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
    }
}
