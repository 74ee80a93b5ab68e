package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.http.SubmissionAnswers;
import java.util.LinkedHashMap;
import java.util.Map;

/** The success answer of an order (see {@link SubmissionAnswers}): in JSON, its lines and total as priced. */
final class OrderAnswers {
    private OrderAnswers() {}

    static HttpResponse placed(OrderStore.Placement placement, ResponseFormat format) {
        StoredOrder order = placement.order();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(
                "lines",
                order.request().lines().stream().map(OrderAnswers::line).toList());
        details.put("totalCents", order.request().totalCents());
        return SubmissionAnswers.accepted(
                format, OrderPages.CONFIRMATION_PATH, order.reference(), details, placement.created());
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
