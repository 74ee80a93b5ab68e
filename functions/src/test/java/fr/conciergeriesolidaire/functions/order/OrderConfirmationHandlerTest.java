package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.conciergeriesolidaire.functions.submission.FormBasics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** GET /api/orders/confirmation from event fixtures. */
class OrderConfirmationHandlerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryOrderInfrastructure infrastructure = new InMemoryOrderInfrastructure();
    private final OrderComponents components = new OrderComponents(FormBasics.packaged(CLOCK), infrastructure);

    @Test
    void theConfirmationShowsTheReferenceAndSlotButNoPersonalData() {
        // GIVEN an order placed through the form
        var placed = new OrderSubmissionHandler(components)
                .handleRequest(EventLoader.loadApiGatewayHttpEvent("events/order-form.json"), null);
        String reference = placed.getHeaders().get("Location").replaceAll(".*=", "");

        // WHEN its confirmation is asked for, in lower case as someone might type it
        var event = EventLoader.loadApiGatewayHttpEvent("events/order-confirmation.json");
        event.setQueryStringParameters(java.util.Map.of("reference", reference.toLowerCase()));
        var response = new OrderConfirmationHandler(components).handleRequest(event, null);

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

        var response = new OrderConfirmationHandler(components).handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getBody()).contains("Commande introuvable");
    }
}
