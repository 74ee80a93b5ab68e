package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import org.junit.jupiter.api.Test;

/** GET /api/orders/confirmation from event fixtures. */
class OrderConfirmationHandlerTest {
    private final InMemoryOrders orders = new InMemoryOrders();

    @Test
    void theConfirmationShowsTheReferenceAndSlotButNoPersonalData() {
        // GIVEN an order placed through the form
        var placed = orders.submissionHandler()
                .handleRequest(EventLoader.loadApiGatewayHttpEvent("events/order-form.json"), null);
        String reference = placed.getHeaders().get("Location").replaceAll(".*reference=([^&]+).*", "$1");

        // WHEN its confirmation is asked for, in lower case as someone might type it
        var event = EventLoader.loadApiGatewayHttpEvent("events/order-confirmation.json");
        event.setQueryStringParameters(java.util.Map.of("reference", reference.toLowerCase()));
        var response = orders.confirmationHandler().handleRequest(event, null);

        // THEN
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody())
                .contains("<strong>" + reference + "</strong>")
                .contains("Comptoir du Canal")
                .contains("mercredi 11 mars 2026")
                .doesNotContain("Petit")
                .doesNotContain("exemple.fr");
    }

    @Test
    void anUnknownOrMalformedReferenceIsNotFound() {
        var event = EventLoader.loadApiGatewayHttpEvent("events/order-confirmation.json");

        var response = orders.confirmationHandler().handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getBody()).contains("Commande introuvable");
    }
}
