package fr.conciergeriesolidaire.functions.order;

import static fr.conciergeriesolidaire.functions.aws.Attributes.l;
import static fr.conciergeriesolidaire.functions.aws.Attributes.m;
import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.ContactAttributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The one place that knows the attribute names of an order item in the orders table. */
final class OrderItemMapper {
    static final String REFERENCE = "reference";
    private static final String STATUS = "status";
    private static final String RECEIVED = "RECEIVED";
    private static final String CREATED_AT = "createdAt";
    /** DynamoDB TTL attribute (epoch seconds): the item and its personal data are erased after it. */
    static final String EXPIRES_AT = "expiresAt";

    private static final String COUNTER = "counterId";
    private static final String COUNTER_NAME = "counterName";
    private static final String COUNTER_ADDRESS = "counterAddress";
    private static final String SLOT_DATE = "slotDate";
    private static final String SLOT_FROM = "slotFrom";
    private static final String SLOT_TO = "slotTo";
    private static final String SLOT_START = "slotStart";
    private static final String LINES = "lines";
    private static final String TOTAL = "totalCents";
    private static final String CUSTOMER = "customer";
    private static final String COMMENT = "comment";
    private static final String BUILDING = "building";

    private OrderItemMapper() {}

    /** A new order's attributes (the reference and idempotency attributes are added by the put). */
    static Map<String, AttributeValue> toItem(
            OrderRequest request, Instant now, Instant expiresAt, Instant firstSweep) {
        Map<String, AttributeValue> item =
                new HashMap<>(DynamoDbOutbox.initialAttributes(Recipients.of(request), now, firstSweep));
        item.put(STATUS, s(RECEIVED));
        item.put(CREATED_AT, s(Timestamps.format(now)));
        item.put(EXPIRES_AT, n(expiresAt.getEpochSecond()));
        item.put(COUNTER, s(request.counterId()));
        item.put(COUNTER_NAME, s(request.counterName()));
        item.put(COUNTER_ADDRESS, s(request.counterAddress()));
        item.put(SLOT_DATE, s(request.slot().date().toString()));
        item.put(SLOT_FROM, s(request.slot().from().toString()));
        item.put(SLOT_TO, s(request.slot().to().toString()));
        item.put(SLOT_START, s(Timestamps.format(request.slot().start())));
        item.put(LINES, l(request.lines().stream().map(OrderItemMapper::line).toList()));
        item.put(TOTAL, n(request.totalCents()));
        item.put(CUSTOMER, customer(request.customer()));
        request.comment().ifPresent(comment -> item.put(COMMENT, s(comment)));
        return item;
    }

    static StoredOrder fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> customer = Attributes.map(item, CUSTOMER);
        OrderRequest request = new OrderRequest(
                Attributes.string(item, COUNTER),
                Attributes.string(item, COUNTER_NAME),
                Attributes.string(item, COUNTER_ADDRESS),
                Attributes.list(item, LINES).stream()
                        .map(value -> line(value.m()))
                        .toList(),
                new Slot(
                        LocalDate.parse(Attributes.string(item, SLOT_DATE)),
                        LocalTime.parse(Attributes.string(item, SLOT_FROM)),
                        LocalTime.parse(Attributes.string(item, SLOT_TO)),
                        Timestamps.parse(Attributes.string(item, SLOT_START))),
                new Customer(ContactAttributes.from(customer), Attributes.optionalString(customer, BUILDING)),
                Attributes.optionalString(item, COMMENT),
                Optional.empty());
        return new StoredOrder(
                Attributes.string(item, REFERENCE),
                Timestamps.parse(Attributes.string(item, CREATED_AT)),
                request,
                DynamoDbOutbox.read(item),
                DynamoDbOutbox.needsAttention(item));
    }

    private static AttributeValue line(OrderLine line) {
        return m(Map.of(
                "serviceId", s(line.serviceId()),
                "serviceName", s(line.serviceName()),
                "unit", s(line.unit()),
                "partnerId", s(line.partnerId()),
                "partnerName", s(line.partnerName()),
                "partnerEmail", s(line.partnerEmail()),
                "quantity", n(line.quantity()),
                "unitPriceCents", n(line.unitPriceCents()),
                "totalCents", n(line.totalCents())));
    }

    private static OrderLine line(Map<String, AttributeValue> value) {
        return new OrderLine(
                Attributes.string(value, "serviceId"),
                Attributes.string(value, "serviceName"),
                Attributes.string(value, "unit"),
                Attributes.string(value, "partnerId"),
                Attributes.string(value, "partnerName"),
                Attributes.string(value, "partnerEmail"),
                (int) Attributes.number(value, "quantity"),
                Attributes.number(value, "unitPriceCents"));
    }

    private static AttributeValue customer(Customer customer) {
        Map<String, AttributeValue> fields = ContactAttributes.of(customer.contact());
        customer.building().ifPresent(building -> fields.put(BUILDING, s(building)));
        return m(fields);
    }
}
