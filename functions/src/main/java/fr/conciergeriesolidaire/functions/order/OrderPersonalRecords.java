package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import fr.conciergeriesolidaire.functions.privacy.ErasedRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord.Field;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Orders as "Mes données" sees them: found by the customer's e-mail key, shown and downloaded whole (what was ordered,
 * where and when, the contact details, where it stands and its story), erased by {@link OrderErasure}.
 */
final class OrderPersonalRecords implements PersonalRecords {
    static final String KIND = "order";

    private final OrderStore store;
    private final OrderErasure erasure;
    private final OrderTimeline timeline;
    private final Wording wording;
    private final Function<Instant, Instant> expiry;
    private final Period retention;

    /** @param expiry when an order received at an instant expires (policies.yaml) */
    OrderPersonalRecords(
            OrderStore store,
            OrderErasure erasure,
            OrderTimeline timeline,
            Wording wording,
            Function<Instant, Instant> expiry,
            Period retention) {
        this.store = store;
        this.erasure = erasure;
        this.timeline = timeline;
        this.wording = wording;
        this.expiry = expiry;
        this.retention = retention;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<PersonalRecord> holding(String emailHash) {
        return store.holding(emailHash).stream()
                .filter(order -> erasure.holds(order, emailHash))
                .map(this::record)
                .toList();
    }

    @Override
    public Optional<ErasedRecord> erase(String reference, String emailHash) {
        return erasure.erase(reference, emailHash);
    }

    private PersonalRecord record(StoredOrder order) {
        OrderRequest request = order.request();
        ContactDetails contact = request.customer().contact();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(wording.get("mydata.order.status"), timeline.status(order)));
        fields.add(new Field(wording.get("mail.counter"), request.counterName() + ", " + request.counterAddress()));
        fields.add(new Field(wording.get("mail.dropOff"), slot(request.slot())));
        fields.add(new Field(
                wording.get("mydata.order.lines"),
                String.join(
                        "\n",
                        request.lines().stream().map(OrderPersonalRecords::line).toList())));
        fields.add(new Field(wording.get("mydata.order.total"), FrenchFormat.price(request.totalCents())));
        fields.add(new Field(wording.get("form.firstName"), contact.firstName()));
        fields.add(new Field(wording.get("form.lastName"), contact.lastName()));
        fields.add(new Field(wording.get("form.phone"), contact.phone()));
        fields.add(new Field(wording.get("form.email"), contact.email()));
        request.customer()
                .building()
                .ifPresent(building -> fields.add(new Field(wording.get("order.building"), building)));
        request.comment().ifPresent(comment -> fields.add(new Field(wording.get("order.comment"), comment)));
        return new PersonalRecord(
                KIND,
                order.reference(),
                order.createdAt(),
                expiry.apply(order.createdAt()),
                wording.format("mydata.retention.order", FrenchFormat.period(retention)),
                contact.email(),
                order.status().isOpen(),
                fields,
                data(order));
    }

    /** The order for a program to read: names in English, amounts in cents, times in ISO-8601. */
    private Map<String, Object> data(StoredOrder order) {
        OrderRequest request = order.request();
        ContactDetails contact = request.customer().contact();
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("firstName", contact.firstName());
        customer.put("lastName", contact.lastName());
        customer.put("phone", contact.phone());
        customer.put("email", contact.email());
        request.customer().building().ifPresent(building -> customer.put("building", building));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", order.status().name());
        data.put("counter", Map.of("name", request.counterName(), "address", request.counterAddress()));
        data.put(
                "slot",
                Map.of(
                        "date", request.slot().date().toString(),
                        "from", request.slot().from().toString(),
                        "to", request.slot().to().toString()));
        List<Object> lines = new ArrayList<>();
        for (int index = 0; index < request.lines().size(); index++) {
            OrderLine line = request.lines().get(index);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("service", line.serviceName());
            json.put("unit", line.unit());
            json.put("partner", line.partnerName());
            json.put("quantity", line.quantity());
            json.put("unitPriceCents", line.unitPriceCents());
            json.put("totalCents", line.totalCents());
            json.put("answer", order.lines().get(index).status().name());
            lines.add(json);
        }
        data.put("lines", lines);
        data.put("totalCents", request.totalCents());
        data.put("customer", customer);
        request.comment().ifPresent(comment -> data.put("comment", comment));
        data.put(
                "story",
                timeline.of(order).stream()
                        .map(step -> Map.of("at", step.at().toString(), "what", step.what()))
                        .toList());
        return data;
    }

    private static String slot(Slot slot) {
        return FrenchFormat.date(slot.date()) + ", " + FrenchFormat.window(slot.from(), slot.to());
    }

    private static String line(OrderLine line) {
        return line.quantity() + " × " + line.serviceName() + " (" + line.partnerName() + ")\u00a0: "
                + FrenchFormat.price(line.totalCents());
    }
}
