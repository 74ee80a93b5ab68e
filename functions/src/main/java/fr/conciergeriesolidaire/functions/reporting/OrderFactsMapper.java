package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Projection;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes of an order item the reports read (the order feature's {@code OrderItemMapper} writes them; an IT
 * stores orders through that feature and reads them back here): a projection that leaves the customer out.
 */
final class OrderFactsMapper {
    static final String BY_MONTH = "by-month";
    static final String MONTH = "month";

    private static final String REFERENCE = "reference";
    private static final String CREATED_AT = "createdAt";
    private static final String COUNTER = "counterId";
    private static final String COUNTER_NAME = "counterName";
    private static final String SLOT_DATE = "slotDate";
    private static final String STATUS = "status";
    private static final String LINES = "lines";
    static final Projection PROJECTION = Projection.of(
            REFERENCE,
            CREATED_AT,
            COUNTER,
            COUNTER_NAME,
            SLOT_DATE,
            STATUS,
            LINES,
            EmailKeys.ATTRIBUTE,
            Expiry.ATTRIBUTE);

    private OrderFactsMapper() {}

    static OrderFacts fromItem(Map<String, AttributeValue> item) {
        String reference = Attributes.string(item, REFERENCE);
        var emailHash = Attributes.optionalString(item, EmailKeys.ATTRIBUTE);
        return new OrderFacts(
                reference,
                Timestamps.parse(Attributes.string(item, CREATED_AT)),
                Attributes.string(item, COUNTER),
                Attributes.string(item, COUNTER_NAME),
                LocalDate.parse(Attributes.string(item, SLOT_DATE)),
                Attributes.string(item, STATUS),
                Attributes.list(item, LINES).stream()
                        .map(line -> line(line.m()))
                        .toList(),
                emailHash.orElseGet(() -> OrderFacts.unkeyed(reference)),
                emailHash.isPresent());
    }

    private static LineFacts line(Map<String, AttributeValue> line) {
        return new LineFacts(
                Attributes.string(line, "serviceName"),
                Attributes.string(line, "unit"),
                Attributes.string(line, "partnerId"),
                Attributes.string(line, "partnerName"),
                (int) Attributes.number(line, "quantity"),
                Attributes.number(line, "unitPriceCents"),
                Attributes.number(line, "totalCents"),
                // A line the partner never answered has no status yet.
                Attributes.optionalString(line, "status").orElse("PENDING"));
    }
}
