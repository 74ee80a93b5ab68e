package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.access.SecretLinkPages;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.http.SubmissionAnswers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The success answer of an order (see {@link SubmissionAnswers}): in JSON, its lines and total as priced and its
 * private follow-up link; the confirmation page's address carries that link's key, so that the page can show it to
 * the person who just ordered, and only to them (the reference alone shows no link).
 */
final class OrderAnswers {
    private OrderAnswers() {}

    static HttpResponse placed(OrderStore.Placement placement, ResponseFormat format, FollowUpLinks links) {
        StoredOrder order = placement.order();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(
                "lines",
                order.request().lines().stream().map(OrderAnswers::line).toList());
        details.put("totalCents", order.request().totalCents());
        Optional<String> key = links.key(order);
        key.ifPresent(
                value -> details.put("followUpUrl", FollowUpLinks.query(FollowUpLinks.PATH, order.reference(), value)));
        String confirmation = key.map(
                        value -> FollowUpLinks.query(OrderPages.CONFIRMATION_PATH, order.reference(), value))
                .orElseGet(() -> SubmissionAnswers.confirmationUrl(OrderPages.CONFIRMATION_PATH, order.reference()));
        return SecretLinkPages.secured(
                SubmissionAnswers.acceptedAt(format, confirmation, order.reference(), details, placement.created()));
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
