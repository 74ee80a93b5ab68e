package fr.conciergeriesolidaire.functions.aws;

import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One change of a record as one UpdateItem, on condition that its {@code version} is still the one that was read: the
 * attributes it sets, the version moved on, the entry appended to the record's {@code history} (its audit trail,
 * living and expiring with it), and the e-mails it sends added to the record's outbox with the record back in the
 * sweeper's index.
 */
public final class VersionedUpdate {
    public static final String VERSION = "version";
    public static final String HISTORY = "history";

    private final List<String> sets = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();
    private int placeholders;

    /** @param entry the audit entry, as the record's mapper writes it */
    public VersionedUpdate(long seenVersion, AttributeValue entry) {
        names.put("#version", VERSION);
        names.put("#history", HISTORY);
        values.put(":seen", n(seenVersion));
        values.put(":one", n(1));
        values.put(":empty", Attributes.l(List.of()));
        values.put(":entry", Attributes.l(List.of(entry)));
        sets.add("#version = #version + :one");
        sets.add("#history = list_append(if_not_exists(#history, :empty), :entry)");
    }

    /** Sets an attribute, or a field inside one: {@code set(value, "status")}, {@code set(value, "lines[2]", "status")}. */
    public VersionedUpdate set(AttributeValue value, String... path) {
        List<String> parts = new ArrayList<>();
        for (String element : path) {
            int bracket = element.indexOf('[');
            String name = bracket < 0 ? element : element.substring(0, bracket);
            String placeholder = "#a" + names.size();
            names.put(placeholder, name);
            parts.add(placeholder + (bracket < 0 ? "" : element.substring(bracket)));
        }
        String value1 = ":v" + placeholders++;
        values.put(value1, value);
        sets.add(String.join(".", parts) + " = " + value1);
        return this;
    }

    /** Appends a value to a list attribute (created if absent). */
    public VersionedUpdate append(AttributeValue value, String attribute) {
        String name = "#a" + names.size();
        names.put(name, attribute);
        String added = ":v" + placeholders++;
        values.put(added, Attributes.l(List.of(value)));
        sets.add(name + " = list_append(if_not_exists(" + name + ", :empty), " + added + ")");
        return this;
    }

    /** Adds e-mails to send now to the record's outbox ({@link DynamoDbOutbox}), and the record to the sweeper's index. */
    public VersionedUpdate send(List<String> recipients, Instant now) {
        if (recipients.isEmpty()) {
            return this;
        }
        names.put("#n", DynamoDbOutbox.NOTIFICATIONS);
        names.put("#due", DynamoDbOutbox.DUE);
        names.put("#next", DynamoDbOutbox.NEXT_ATTEMPT);
        values.put(":due", s(DynamoDbOutbox.DUE_VALUE));
        values.put(":now", s(Timestamps.format(now)));
        for (String recipient : recipients) {
            String name = "#r" + names.size();
            String value = ":pending" + placeholders++;
            names.put(name, recipient);
            values.put(value, DynamoDbOutbox.pendingDelivery(now));
            sets.add("#n." + name + " = " + value);
        }
        // Due now: the change's own attempt sends them, or else the sweeper does.
        sets.add("#due = :due");
        sets.add("#next = :now");
        return this;
    }

    /** The request on {@code key} of {@code table}, returning the record as changed. */
    public UpdateItemRequest request(String table, Map<String, AttributeValue> key) {
        return UpdateItemRequest.builder()
                .tableName(table)
                .key(key)
                .updateExpression("SET " + String.join(", ", sets))
                .conditionExpression("#version = :seen")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_NEW)
                .build();
    }
}
