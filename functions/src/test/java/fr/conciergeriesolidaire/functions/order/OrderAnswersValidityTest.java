package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The order's HTML answers (confirmation, with and without its follow-up link, not found, errors), in the site's real
 * shell, are valid HTML.
 */
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
        String reference = location.replaceAll(".*reference=([^&]+).*", "$1");
        String key = location.replaceAll(".*jeton=", "");
        var confirmation = EventLoader.loadApiGatewayHttpEvent("events/order-confirmation.json");
        confirmation.setQueryStringParameters(Map.of("reference", reference));
        var withLink = EventLoader.loadApiGatewayHttpEvent("events/order-confirmation.json");
        withLink.setQueryStringParameters(Map.of("reference", reference, "jeton", key));

        ValidHtml.assertValid(
                "confirmation", confirmations.handleRequest(confirmation, null).getBody());
        String followed = confirmations.handleRequest(withLink, null).getBody();
        assertThat(followed).contains(FollowUpLinks.PATH + "?reference=" + reference + "&amp;jeton=" + key);
        ValidHtml.assertValid("confirmation with the follow-up link", followed);
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
