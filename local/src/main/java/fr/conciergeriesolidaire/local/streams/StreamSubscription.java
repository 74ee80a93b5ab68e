package fr.conciergeriesolidaire.local.streams;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.emulators.StreamEvents;
import fr.conciergeriesolidaire.local.functions.LocalFunction;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One function's {@code DynamoDB} event source: new items go to it in batches of its {@code BatchSize}; a record it
 * reports failed (or all, if it throws) is offered again at the next delivery, up to {@code MaximumRetryAttempts},
 * as Lambda's event source mapping would (minus the dead-letter queue, which is not emulated).
 */
final class StreamSubscription {
    private final LocalFunction function;
    private final String tableId;
    private final TableStream stream;
    private final StreamViewType viewType;
    private final int batchSize;
    private final int maximumRetries;
    private final boolean reportsItemFailures;
    private final Map<Map<String, AttributeValue>, Integer> failures = new HashMap<>();
    private long sequence = 1;

    StreamSubscription(
            LocalFunction function,
            String tableId,
            TableStream stream,
            StreamViewType viewType,
            Map<String, Object> eventProperties) {
        this.function = function;
        this.tableId = tableId;
        this.stream = stream;
        this.viewType = viewType;
        this.batchSize = SamTemplate.integer(eventProperties.get("BatchSize"), 100);
        this.maximumRetries = SamTemplate.integer(eventProperties.get("MaximumRetryAttempts"), -1);
        this.reportsItemFailures =
                SamTemplate.list(eventProperties.get("FunctionResponseTypes")).contains("ReportBatchItemFailures");
    }

    void skipExisting() {
        stream.skipExisting();
    }

    /** Delivers what is new; true if some record failed and is waiting for another attempt. */
    boolean deliver(PrintStream log) {
        List<Map<String, AttributeValue>> items = stream.newItems();
        boolean pending = false;
        for (int start = 0; start < items.size(); start += batchSize) {
            pending |= deliverBatch(items.subList(start, Math.min(items.size(), start + batchSize)), log);
        }
        return pending;
    }

    private boolean deliverBatch(List<Map<String, AttributeValue>> items, PrintStream log) {
        long first = sequence;
        sequence += items.size();
        DynamodbEvent event = StreamEvents.inserts(items, stream.keyAttributes(), viewType, first);
        long start = System.nanoTime();
        Set<String> failed = new HashSet<>();
        try {
            Object response = function.invoke(event, Object.class);
            if (reportsItemFailures
                    && response instanceof StreamsEventResponse answer
                    && answer.getBatchItemFailures() != null) {
                answer.getBatchItemFailures().forEach(failure -> failed.add(failure.getItemIdentifier()));
            }
        } catch (RuntimeException thrown) {
            log.println(
                    function.logicalId() + " a échoué : " + thrown.getClass().getName());
            event.getRecords().forEach(record -> failed.add(record.getDynamodb().getSequenceNumber()));
        }
        List<String> outcome = new ArrayList<>();
        boolean pending = false;
        for (int index = 0; index < items.size(); index++) {
            Map<String, AttributeValue> item = items.get(index);
            if (!failed.contains(Long.toString(first + index))) {
                stream.markDelivered(item);
                failures.remove(stream.keyOf(item));
            } else if (failures.merge(stream.keyOf(item), 1, Integer::sum) > maximumRetries && maximumRetries >= 0) {
                stream.markDelivered(item);
                failures.remove(stream.keyOf(item));
                outcome.add("1 enregistrement abandonné après " + (maximumRetries + 1) + " essais");
            } else {
                pending = true;
            }
        }
        if (pending) {
            outcome.add("des échecs, nouvel essai bientôt");
        }
        log.println(function.logicalId() + " ← flux de " + tableId + " : " + items.size() + " enregistrement(s), "
                + (System.nanoTime() - start) / 1_000_000 + " ms" + (outcome.isEmpty() ? "" : ", " + outcome));
        return pending;
    }
}
