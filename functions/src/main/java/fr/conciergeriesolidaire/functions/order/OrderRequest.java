package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.forms.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A valid order as submitted, before it is stored: built only by {@link OrderValidator}. It carries what the catalogue
 * said at the time (the counter's name and address, each line's partner and price), so that its e-mails and pages are
 * written from what was ordered, whatever the catalogue becomes.
 *
 * @param counterAddress the counter's address on one line
 */
public record OrderRequest(
        String counterId,
        String counterName,
        String counterAddress,
        List<OrderLine> lines,
        Slot slot,
        Customer customer,
        Optional<String> comment,
        Optional<String> clientKey) {

    public OrderRequest {
        lines = List.copyOf(lines);
    }

    public long totalCents() {
        return lines.stream().mapToLong(OrderLine::totalCents).sum();
    }

    /**
     * The content written the same way whenever it is the same order (lines sorted, values normalised), as
     * JSON so no separator inside a value can make two different orders look alike.
     */
    public String canonical() {
        List<Object> parts = new ArrayList<>();
        parts.add(counterId);
        parts.add(slot.date().toString());
        parts.add(slot.window());
        lines.stream()
                .sorted(Comparator.comparing(OrderLine::serviceId))
                .forEach(line -> parts.add(List.of(line.serviceId(), line.quantity())));
        parts.add(customer.contact().firstName());
        parts.add(customer.contact().lastName());
        parts.add(customer.contact().phone());
        parts.add(customer.contact().email());
        parts.add(customer.building().orElse(""));
        parts.add(comment.orElse(""));
        return Json.write(parts);
    }
}
