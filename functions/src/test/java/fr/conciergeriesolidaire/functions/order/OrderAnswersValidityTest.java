package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order's HTML answers (confirmation, not found, errors), in the site's real shell, are valid HTML. */
class OrderAnswersValidityTest {
    private final InMemoryOrders orders = new InMemoryOrders();

    @Test
    void givenEachHtmlAnswerOfAnOrder_thenItIsValid() {
        ValidHtml.assertTheShellIsTheSites();
        var submissions = orders.submissionHandler();
        var confirmations = orders.confirmationHandler();
        String location = submissions
                .handleRequest(EventLoader.loadApiGatewayHttpEvent("events/order-form.json"), null)
                .getHeaders()
                .get("Location");
        var confirmation = EventLoader.loadApiGatewayHttpEvent("events/order-confirmation.json");
        confirmation.setQueryStringParameters(Map.of("reference", location.replaceAll(".*=", "")));

        ValidHtml.assertValid(
                "confirmation", confirmations.handleRequest(confirmation, null).getBody());
        ValidHtml.assertValid(
                "not found",
                confirmations
                        .handleRequest(EventLoader.loadApiGatewayHttpEvent("events/order-confirmation.json"), null)
                        .getBody());
        ValidHtml.assertValid(
                "field errors",
                submissions
                        .handleRequest(EventLoader.loadApiGatewayHttpEvent("events/order-form-invalid.json"), null)
                        .getBody());
    }
}
