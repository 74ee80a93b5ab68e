package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import java.util.Map;

/** HTTP API events as API Gateway delivers them, for submissions built in code. */
final class OrderEvents {
    static final String VALID_JSON_TEMPLATE = """
            {"counter": "comptoir-tilleuls",
             "lines": [{"service": "repassage-chemise", "quantity": 3}, {"service": "talons", "quantity": 1}],
             "date": "2026-03-10", "window": "16:30-17:00",
             "firstName": "%s", "lastName": "Martin", "phone": "06 12 34 56 78", "email": "%s",
             "building": "Bâtiment B, appt 12", "comment": "Merci !", "consent": true,
             "idempotencyKey": "%s", "website": ""}
            """;

    private OrderEvents() {}

    static APIGatewayV2HTTPEvent post(String contentType, String body, String sourceIp) {
        return ApiEvents.post("/api/orders", contentType, body, sourceIp);
    }

    static APIGatewayV2HTTPEvent json(String body) {
        return post("application/json", body, "203.0.113.7");
    }

    static String validJson(String firstName, String email, String idempotencyKey) {
        return VALID_JSON_TEMPLATE.formatted(firstName, email, idempotencyKey);
    }

    static APIGatewayV2HTTPEvent confirmation(String reference) {
        return ApiEvents.get("/api/orders/confirmation", Map.of("reference", reference));
    }
}
