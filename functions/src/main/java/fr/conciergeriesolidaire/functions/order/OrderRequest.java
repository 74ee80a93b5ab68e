package fr.conciergeriesolidaire.functions.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.conciergeriesolidaire.functions.http.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A valid order as submitted, before it is stored: built only by {@link OrderValidator}. */
public record OrderRequest(
        String counterId,
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
        parts.add(customer.firstName());
        parts.add(customer.lastName());
        parts.add(customer.phone());
        parts.add(customer.email());
        parts.add(customer.building().orElse(""));
        parts.add(comment.orElse(""));
        try {
            return Json.MAPPER.writeValueAsString(parts);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
