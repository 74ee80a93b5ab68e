package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Validates every field of an order at the edge and builds the {@link OrderRequest}, or reports all errors. */
final class OrderValidator {
    static final int BUILDING_MAX_LENGTH = 100;

    private final SiteData data;
    private final SlotRules slots;
    private final OrderLinesRules lines;

    OrderValidator(SiteData data) {
        this.data = data;
        this.slots = new SlotRules(
                data.policies().orders(), ZoneId.of(data.organisation().site().timeZone()));
        this.lines = new OrderLinesRules(data);
    }

    OrderRequest validate(SubmittedFields fields, Instant now) {
        FormReader form = new FormReader(fields);
        FieldErrors errors = form.errors();
        Optional<Counter> counter = counter(form);
        List<OrderLine> orderLines = lines.validate(fields, counter, errors);
        Optional<Slot> slot =
                slots.validate(form.text(OrderFields.DATE), form.text(OrderFields.WINDOW), counter, now, errors);
        Optional<ContactDetails> contact = form.contact();
        Optional<String> building =
                form.optional(OrderFields.BUILDING, text -> Texts.singleLine(text, BUILDING_MAX_LENGTH));
        Optional<String> comment = form.optional(
                OrderFields.COMMENT,
                text -> Texts.multiLine(text, data.policies().orders().commentMaxLength()));
        form.consent("order.consent.missing");
        Optional<String> clientKey = form.clientKey();
        errors.throwIfAny();
        Counter place = counter.orElseThrow();
        return new OrderRequest(
                place.id(),
                place.name(),
                place.address().street() + ", " + place.address().postcode() + " "
                        + place.address().city(),
                orderLines,
                slot.orElseThrow(),
                new Customer(contact.orElseThrow(), building),
                comment,
                clientKey);
    }

    private Optional<Counter> counter(FormReader form) {
        Optional<String> id = form.text(OrderFields.COUNTER);
        if (id.isEmpty()) {
            if (!form.errors().has(OrderFields.COUNTER)) {
                form.errors().add(OrderFields.COUNTER, "order.counter.missing");
            }
            return Optional.empty();
        }
        Optional<Counter> counter = data.counter(id.get().strip());
        if (counter.isEmpty()) {
            form.errors().add(OrderFields.COUNTER, "order.counter.unknown");
        }
        return counter;
    }
}
