package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.OfferedService;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the ordered services (JSON {@code lines} or form {@code quantity.<serviceId>}), checks each against
 * the catalogue (known, active, offered at the chosen counter, 1..maxQuantity), and prices it from the
 * catalogue. Errors on a known service are named {@code quantity.<serviceId>} in both formats.
 */
final class OrderLinesRules {
    private final SiteData data;

    OrderLinesRules(SiteData data) {
        this.data = data;
    }

    List<OrderLine> validate(SubmittedFields fields, Optional<Counter> counter, FieldErrors errors) {
        Map<String, Long> quantities = requestedQuantities(fields, errors);
        if (errors.has(OrderFields.LINES)) {
            return List.of();
        }
        if (quantities.isEmpty()) {
            boolean quantityUnreadable = fields.prefixed(OrderFields.QUANTITY_PREFIX).keySet().stream()
                    .anyMatch(serviceId -> errors.has(OrderFields.QUANTITY_PREFIX + serviceId));
            if (!quantityUnreadable) {
                errors.add(OrderFields.LINES, "order.lines.none");
            }
            return List.of();
        }
        int maxLines = data.policies().orders().maxLines();
        if (quantities.size() > maxLines) {
            errors.add(OrderFields.LINES, "order.lines.tooMany", maxLines);
            return List.of();
        }
        List<OrderLine> lines = new ArrayList<>();
        quantities.forEach((serviceId, quantity) ->
                line(serviceId, quantity, counter, errors).ifPresent(lines::add));
        return lines;
    }

    private Optional<OrderLine> line(String serviceId, long quantity, Optional<Counter> counter, FieldErrors errors) {
        Optional<OfferedService> found = data.service(serviceId);
        if (found.isEmpty()) {
            errors.add(OrderFields.LINES, "order.lines.unknown");
            return Optional.empty();
        }
        String field = OrderFields.QUANTITY_PREFIX + serviceId;
        OfferedService offered = found.get();
        if (!offered.service().isActive()) {
            errors.add(field, "order.quantity.inactive");
            return Optional.empty();
        }
        if (counter.isPresent() && !offered.isOfferedAt(counter.get().id())) {
            errors.add(field, "order.quantity.notHere");
            return Optional.empty();
        }
        int max = offered.service().maxQuantity();
        if (quantity < 1 || quantity > max) {
            errors.add(field, "order.quantity.range", max);
            return Optional.empty();
        }
        return Optional.of(new OrderLine(
                serviceId,
                offered.service().name(),
                offered.service().unit(),
                offered.partner().id(),
                offered.partner().name(),
                offered.partner().email(),
                (int) quantity,
                offered.service().priceCents()));
    }

    /** Service id -> quantity, in the order given; lines with no quantity (form field empty or 0) omitted. */
    private Map<String, Long> requestedQuantities(SubmittedFields fields, FieldErrors errors) {
        Map<String, Long> quantities = new LinkedHashMap<>();
        for (SubmittedFields line : fields.objects(OrderFields.LINES, errors)) {
            FieldErrors lineErrors = new FieldErrors();
            Optional<String> service = line.text(OrderFields.LINE_SERVICE, lineErrors);
            Optional<Long> quantity = line.number(OrderFields.LINE_QUANTITY, lineErrors);
            if (service.isEmpty() || quantity.isEmpty() || !lineErrors.isEmpty()) {
                errors.add(OrderFields.LINES, "order.lines.malformed");
                return Map.of();
            }
            if (quantities.containsKey(service.get())) {
                errors.add(OrderFields.LINES, "order.lines.twice");
                return Map.of();
            }
            // Zero means "not ordered", as an empty or 0 quantity field does in the HTML form.
            if (quantity.get() != 0) {
                quantities.put(service.get(), quantity.get());
            }
        }
        fields.prefixed(OrderFields.QUANTITY_PREFIX).forEach((serviceId, text) -> {
            String value = text.strip();
            if (value.isEmpty() || value.equals("0")) {
                return;
            }
            if (!value.matches("-?\\d{1,9}")) {
                errors.add(OrderFields.QUANTITY_PREFIX + serviceId, "order.quantity.digits");
                return;
            }
            quantities.put(serviceId, Long.parseLong(value));
        });
        return quantities;
    }
}
