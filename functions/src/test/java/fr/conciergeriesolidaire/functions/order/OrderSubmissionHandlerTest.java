package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.PrimingChecks;
import fr.conciergeriesolidaire.functions.testing.SubmissionChecks;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** POST /api/orders from API Gateway event fixtures, both content types. */
class OrderSubmissionHandlerTest {
    private final InMemoryOrders orders = new InMemoryOrders();
    private final OrderSubmissionHandler handler = orders.submissionHandler();

    @Test
    void givenTheSnapStartPriming_whenRun_thenEveryFieldPassesButTheMissingConsentAndNothingIsStored()
            throws Exception {
        PrimingChecks.assertPrimingStopsAtTheConsent(
                handler,
                handler::prime,
                OrderPriming.submission(PackagedSiteData.data(), InMemoryOrders.CLOCK),
                orders::stored);
    }

    @Test
    void aValidJsonOrderIsCreatedWithServerComputedPrices() throws Exception {
        // GIVEN a JSON order that also claims a price of 1 cent (ignored)
        var event = EventLoader.loadApiGatewayHttpEvent("events/order-json.json");

        // WHEN
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        // THEN 201 with the reference, the catalogue's prices, the confirmation URL and the private follow-up link
        assertThat(response.getStatusCode()).isEqualTo(201);
        JsonNode body = JsonTrees.MAPPER.readTree(response.getBody());
        String reference = body.path("reference").asText();
        assertThat(reference).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(body.path("totalCents").asLong()).isEqualTo(3 * 250 + 1800);
        assertThat(body.path("lines").get(0).path("unitPriceCents").asLong()).isEqualTo(250);
        StoredOrder stored = orders.stored().get(reference);
        String key = orders.followUpLinks.key(stored).orElseThrow();
        assertThat(response.getHeaders())
                .containsEntry("Location", "/api/orders/confirmation?reference=" + reference + "&jeton=" + key)
                .containsEntry("Referrer-Policy", "no-referrer");
        assertThat(body.path("followUpUrl").asText())
                .isEqualTo("/api/orders/follow-up?reference=" + reference + "&jeton=" + key);
        assertThat(key).as("256 bits, base64url").matches("[A-Za-z0-9_-]{43}");
        assertThat(orders.stored()).containsKey(reference);
    }

    @Test
    void theSameJsonOrderReplayedGetsTheSameReferenceAndIsStoredOnce() throws Exception {
        SubmissionChecks.assertReplayGetsTheSameReferenceAndOneRecord(
                handler, "events/order-json.json", orders::stored);
    }

    @Test
    void aPlainFormPostIsRedirectedToTheConfirmationPage() {
        // GIVEN a form post, base64-encoded as API Gateway delivers it, without idempotency key (no JavaScript)
        var event = EventLoader.loadApiGatewayHttpEvent("events/order-form.json");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location"))
                .matches("/api/orders/confirmation\\?reference=[A-Z2-9-]{9}&jeton=[A-Za-z0-9_-]{43}");
        assertThat(orders.stored()).hasSize(1);
    }

    @Test
    void anInvalidJsonOrderGetsFieldErrorsInFrench() throws Exception {
        var event = EventLoader.loadApiGatewayHttpEvent("events/order-json-invalid.json");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode body = JsonTrees.MAPPER.readTree(response.getBody());
        assertThat(body.path("message").asText()).isEqualTo("Certains champs sont à corriger.");
        assertThat(body.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "counter", "lines", "date", "firstName", "lastName", "phone", "email", "consent");
        assertThat(orders.stored()).isEmpty();
    }

    @Test
    void anInvalidFormPostGetsAnHtmlPageLinkingEachErrorToItsField() {
        var event = EventLoader.loadApiGatewayHttpEvent("events/order-form-invalid.json");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("text/html");
        assertThat(response.getBody())
                .contains("<title>Erreurs dans votre commande")
                .contains("<a href=\"/commander/#phone\">Téléphone\u00a0: Numéro de téléphone français invalide")
                .contains("<a href=\"/commander/#quantity.talons\">Remplacement des talons\u00a0: ")
                .doesNotContain("<b>");
        assertThat(orders.stored()).isEmpty();
    }

    @Test
    void anUnsupportedContentTypeGets415() throws Exception {
        var event = EventLoader.loadApiGatewayHttpEvent("events/order-text-plain.json");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(415);
        assertThat(JsonTrees.MAPPER.readTree(response.getBody()).path("errors").isArray())
                .isTrue();
    }

    @Test
    void givenCloudFrontInFront_thenARequestThatDidNotComeThroughItIsRefusedWith403AndNothingStored() throws Exception {
        OriginGate gate = OriginGate.of(Optional.of("origin-secret-of-at-least-32-characters"));
        var behindCloudFront =
                new OrderSubmissionHandler(orders.service, new ClientAddress(gate), orders.followUpLinks);
        var direct = EventLoader.loadApiGatewayHttpEvent("events/order-json.json");

        var refused = behindCloudFront.handleRequest(direct, null);

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(JsonTrees.MAPPER.readTree(refused.getBody()).path("message").asText())
                .contains("site");
        assertThat(orders.stored()).isEmpty();
        var throughCloudFront = EventLoader.loadApiGatewayHttpEvent("events/order-json.json");
        Map<String, String> headers = new HashMap<>(throughCloudFront.getHeaders());
        headers.put(OriginGate.ORIGIN_SECRET_HEADER, "origin-secret-of-at-least-32-characters");
        throughCloudFront.setHeaders(headers);
        assertThat(behindCloudFront.handleRequest(throughCloudFront, null).getStatusCode())
                .isEqualTo(201);
        var confirmation = EventLoader.loadApiGatewayHttpEvent("events/order-confirmation.json");
        assertThat(new OrderConfirmationHandler(orders, gate, orders.followUpLinks)
                        .handleRequest(confirmation, null)
                        .getStatusCode())
                .isEqualTo(403);
    }
}
