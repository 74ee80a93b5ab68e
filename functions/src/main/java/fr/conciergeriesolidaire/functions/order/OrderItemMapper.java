package fr.conciergeriesolidaire.functions.order;

import static fr.conciergeriesolidaire.functions.aws.Attributes.l;
import static fr.conciergeriesolidaire.functions.aws.Attributes.m;
import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.ContactAttributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.functions.aws.VersionedUpdate;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
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
    static final String VERSION = VersionedUpdate.VERSION;
    private static final String HISTORY = VersionedUpdate.HISTORY;
    /** Key of the board's index: the counter and the drop-off day, {@code comptoir-canal#2026-03-10}. */
    static final String COUNTER_DAY = "counterDay";
    /**
     * Key of the indicators' and exports' index ({@code by-month}, read by the {@code reporting} feature): the month
     * the order was received, {@code 2026-03}.
     */
    static final String MONTH = "month";

    static final String BY_COUNTER_DAY = "by-counter-day";
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
    static final String LINE_STATUS = "status";
    static final String LINE_REASON = "reason";
    static final String LINE_AT = "answeredAt";

    private OrderItemMapper() {}

    /**
     * A new order's attributes (the reference and idempotency attributes are added by the put).
     *
     * @param emailHash the customer's e-mail key ({@code privacy.EmailKeys}): how "Mes données" finds the order and the
     *     indicators count a person, without the address in any key
     */
    static Map<String, AttributeValue> toItem(
            OrderRequest request, Instant now, Instant expiresAt, Instant firstSweep, Optional<String> emailHash) {
        Map<String, AttributeValue> item =
                new HashMap<>(DynamoDbOutbox.initialAttributes(Recipients.of(request), now, firstSweep));
        item.put(STATUS, s(OrderStatus.RECEIVED.name()));
        item.put(VERSION, n(1));
        item.put(COUNTER_DAY, s(counterDay(request.counterId(), request.slot().date())));
        item.put(MONTH, s(Timestamps.format(now).substring(0, 7)));
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
        emailHash.ifPresent(key -> item.put(EmailKeys.ATTRIBUTE, s(key)));
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
                OrderStatus.valueOf(Attributes.string(item, STATUS)),
                Attributes.list(item, LINES).stream()
                        .map(value -> lineState(value.m()))
                        .toList(),
                Attributes.number(item, VERSION),
                Attributes.list(item, HISTORY).stream()
                        .map(value -> historyEntry(value.m()))
                        .toList(),
                DynamoDbOutbox.read(item),
                DynamoDbOutbox.needsAttention(item));
    }

    static String counterDay(String counterId, LocalDate date) {
        return counterId + "#" + date;
    }

    /** A line's answer, kept beside what was ordered in the same map of the {@code lines} list. */
    static Map<String, AttributeValue> lineState(LineState state) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        attributes.put(LINE_STATUS, s(state.status().name()));
        state.reason().ifPresent(reason -> attributes.put(LINE_REASON, s(reason)));
        state.at().ifPresent(at -> attributes.put(LINE_AT, s(Timestamps.format(at))));
        return attributes;
    }

    private static LineState lineState(Map<String, AttributeValue> value) {
        return new LineState(
                Attributes.optionalString(value, LINE_STATUS)
                        .map(LineStatus::valueOf)
                        .orElse(LineStatus.PENDING),
                Attributes.optionalString(value, LINE_REASON),
                Attributes.optionalString(value, LINE_AT).map(Timestamps::parse));
    }

    static AttributeValue historyEntry(HistoryEntry entry) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        attributes.put("at", s(Timestamps.format(entry.at())));
        attributes.put("by", s(entry.by()));
        attributes.put("from", s(entry.from()));
        attributes.put("to", s(entry.to()));
        entry.line().ifPresent(line -> attributes.put("line", n(line)));
        entry.reason().ifPresent(reason -> attributes.put("reason", s(reason)));
        return m(attributes);
    }

    private static HistoryEntry historyEntry(Map<String, AttributeValue> value) {
        return new HistoryEntry(
                Timestamps.parse(Attributes.string(value, "at")),
                Attributes.string(value, "by"),
                Attributes.string(value, "from"),
                Attributes.string(value, "to"),
                value.containsKey("line") ? Optional.of((int) Attributes.number(value, "line")) : Optional.empty(),
                Attributes.optionalString(value, "reason"));
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
