package fr.conciergeriesolidaire.functions.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/subscriptions/confirmation from event fixtures. */
class SubscriptionConfirmationHandlerTest {
    private final InMemorySubscriptions signUps = new InMemorySubscriptions();

    @Test
    void givenAStoredSignUp_thenItsConfirmationShowsTheReferenceAndQuoteButNoPersonalData() {
        // GIVEN a sign-up posted through the plain form
        var placed = signUps.submissionHandler()
                .handleRequest(EventLoader.loadApiGatewayHttpEvent("events/subscription-form.json"), null);
        String reference = placed.getHeaders().get("Location").replaceAll(".*=", "");

        // WHEN its confirmation is asked for, in lower case and without the dash as someone might type it
        var event = EventLoader.loadApiGatewayHttpEvent("events/subscription-confirmation.json");
        event.setQueryStringParameters(
                Map.of("reference", reference.toLowerCase().replace("-", "")));
        var response = signUps.confirmationHandler().handleRequest(event, null);

        // THEN
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody())
                .contains(reference, "270,00\u00a0€ HT par mois pour 45 salariés", "Et maintenant")
                .doesNotContain("José", "Petit", "jose.petit@garage.example", "Garage Solidaire");
    }

    @Test
    void givenAnUnknownOrMalformedReference_thenNotFound() {
        var event = EventLoader.loadApiGatewayHttpEvent("events/subscription-confirmation.json");
        var handler = signUps.confirmationHandler();

        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(404);
        event.setQueryStringParameters(Map.of("reference", "<script>"));
        var malformed = handler.handleRequest(event, null);
        assertThat(malformed.getStatusCode()).isEqualTo(404);
        assertThat(malformed.getBody()).contains("/entreprises/inscription/").doesNotContain("<script>");
    }
}
