package fr.conciergeriesolidaire.functions.order;

import static fr.conciergeriesolidaire.functions.aws.Attributes.l;
import static fr.conciergeriesolidaire.functions.aws.Attributes.m;
import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.ContactAttributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.IdempotentPut;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.functions.aws.VersionedUpdate;
import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The one place that knows the attribute names of an order item in the orders table. */
final class OrderItemMapper {
    static final String REFERENCE = "reference";
    static final String STATUS = "status";
    static final String VERSION = VersionedUpdate.VERSION;
    static final String HISTORY = VersionedUpdate.HISTORY;
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
    /** The customer's contact details (a map holding {@code email}...). */
    static final String CUSTOMER = "customer";

    private static final String COMMENT = "comment";
    private static final String BUILDING = "building";
    /** The keyed hash of the customer's address, key of the "Mes données" index ({@link EmailKeys}). */
    static final String EMAIL_HASH = EmailKeys.ATTRIBUTE;

    static final String FOLLOW_UP_SEED = "followUpSeed";
    static final String SITE_ORIGIN = "siteOrigin";
    /** Set when the order was erased: what is left (no personal data) waits for its partners' e-mails, then goes. */
    static final String ERASED_AT = "erasedAt";

    /**
     * THE personal data of an order, in one place: the customer (name, phone, address, building), their comment, the
     * keys derived from them (the e-mail key, the idempotency key and fingerprint of what they typed, the follow-up
     * seed), and the trail, whose reasons staff typed about them. An erasure removes all of these (with the customer's
     * own e-mails still to send and the partners' reasons on each line), and the index keys that would list what is
     * left on the team's screens.
     */
    static final List<String> PERSONAL_ATTRIBUTES = List.of(
            CUSTOMER,
            COMMENT,
            EMAIL_HASH,
            FOLLOW_UP_SEED,
            SITE_ORIGIN,
            IdempotentPut.IDEMPOTENCY_KEY,
            IdempotentPut.FINGERPRINT,
            HISTORY,
            COUNTER_DAY,
            MONTH);

    static final String LINE_STATUS = "status";
    static final String LINE_REASON = "reason";
    static final String LINE_AT = "answeredAt";

    /** The customer of an erased order: nobody any more (only its partners' notices remain to send). */
    private static final Customer ERASED_CUSTOMER = new Customer(new ContactDetails("", "", "", ""), Optional.empty());

    private OrderItemMapper() {}

    /** A new order's attributes (the reference and idempotency attributes are added by the put). */
    static Map<String, AttributeValue> toItem(
            OrderRequest request, OrderKeys keys, Instant now, Instant expiresAt, Instant firstSweep) {
        Map<String, AttributeValue> item =
                new HashMap<>(DynamoDbOutbox.initialAttributes(Recipients.of(request), now, firstSweep));
        item.put(EMAIL_HASH, s(keys.emailHash()));
        item.put(FOLLOW_UP_SEED, s(keys.followUp().seed()));
        keys.followUp().siteOrigin().ifPresent(origin -> item.put(SITE_ORIGIN, s(origin)));
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
                customer.isEmpty()
                        ? ERASED_CUSTOMER
                        : new Customer(ContactAttributes.from(customer), Attributes.optionalString(customer, BUILDING)),
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
                DynamoDbOutbox.needsAttention(item),
                Attributes.optionalString(item, FOLLOW_UP_SEED)
                        .map(seed -> new FollowUpKey(seed, Attributes.optionalString(item, SITE_ORIGIN))));
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
        entry.byName().ifPresent(name -> attributes.put("byName", s(name)));
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
                Attributes.optionalString(value, "byName"),
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
