package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The success answers of an order: JSON 201 with the reference, lines and total (the page's script then
 * goes to the confirmation URL), or 303 See Other to the confirmation page for a plain form post. A replay
 * gets the same answer as the first submission.
 */
final class OrderResponses {
    private OrderResponses() {}

    static HttpResponse placed(OrderStore.Placement placement, ResponseFormat format) {
        StoredOrder order = placement.order();
        String confirmation = OrderPages.confirmationUrl(order.reference());
        if (format == ResponseFormat.HTML) {
            return HttpResponse.seeOther(confirmation);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", order.reference());
        body.put(
                "lines",
                order.request().lines().stream().map(OrderResponses::line).toList());
        body.put("totalCents", order.request().totalCents());
        body.put("confirmationUrl", confirmation);
        return HttpResponse.json(201, body)
                .withHeader("Location", confirmation)
                .withHeader("Idempotent-Replayed", Boolean.toString(!placement.created()));
    }

    private static Map<String, Object> line(OrderLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("service", line.serviceId());
        json.put("name", line.serviceName());
        json.put("partner", line.partnerName());
        json.put("quantity", line.quantity());
        json.put("unitPriceCents", line.unitPriceCents());
        json.put("totalCents", line.totalCents());
        return json;
    }
}
