package fr.conciergeriesolidaire.functions.order;

import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An {@link OrderChange} as one UpdateItem: the status, the lines' answers, the version moved on, the audit entry
 * appended, the new e-mails added to the outbox with the order back in the sweeper's index; all on condition that
 * the version is still the one that was read.
 */
final class OrderUpdate {
    final String expression;
    final String condition = "#version = :seen";
    final Map<String, String> names = new HashMap<>();
    final Map<String, AttributeValue> values = new HashMap<>();

    OrderUpdate(OrderChange change, Instant now) {
        List<String> sets = new ArrayList<>();
        names.put("#version", OrderItemMapper.VERSION);
        names.put("#history", "history");
        values.put(":seen", n(change.seenVersion()));
        values.put(":one", n(1));
        values.put(":empty", Attributes.l(List.of()));
        values.put(":entry", Attributes.l(List.of(OrderItemMapper.historyEntry(change.entry()))));
        sets.add("#version = #version + :one");
        sets.add("#history = list_append(if_not_exists(#history, :empty), :entry)");
        change.status().ifPresent(status -> {
            names.put("#status", "status");
            values.put(":status", s(status.name()));
            sets.add("#status = :status");
        });
        if (!change.lines().isEmpty()) {
            names.put("#lines", "lines");
            change.lines()
                    .forEach((index, state) -> OrderItemMapper.lineState(state).forEach((field, value) -> {
                        String name = "#line_" + field;
                        String placeholder = ":line" + index + "_" + field;
                        names.put(name, field);
                        values.put(placeholder, value);
                        sets.add("#lines[" + index + "]." + name + " = " + placeholder);
                    }));
        }
        if (!change.emails().isEmpty()) {
            names.put("#n", DynamoDbOutbox.NOTIFICATIONS);
            names.put("#due", DynamoDbOutbox.DUE);
            names.put("#next", DynamoDbOutbox.NEXT_ATTEMPT);
            values.put(":due", s(DynamoDbOutbox.DUE_VALUE));
            values.put(":now", s(Timestamps.format(now)));
            for (int index = 0; index < change.emails().size(); index++) {
                names.put("#r" + index, change.emails().get(index));
                values.put(":pending" + index, DynamoDbOutbox.pendingDelivery(now));
                sets.add("#n.#r" + index + " = :pending" + index);
            }
            // Back in the sweeper's index, due now: it sends them if the immediate attempt fails.
            sets.add("#due = :due");
            sets.add("#next = :now");
        }
        this.expression = "SET " + String.join(", ", sets);
    }
}
