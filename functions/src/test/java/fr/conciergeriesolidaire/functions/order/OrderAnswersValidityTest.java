package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.conciergeriesolidaire.functions.submission.FormBasics;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order's HTML answers (confirmation, not found, errors), in the site's real shell, are valid HTML. */
class OrderAnswersValidityTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final OrderComponents components =
            new OrderComponents(FormBasics.packaged(CLOCK), new InMemoryOrderInfrastructure());

    @Test
    void givenEachHtmlAnswerOfAnOrder_thenItIsValid() {
        ValidHtml.assertTheShellIsTheSites();
        var submissions = new OrderSubmissionHandler(components);
        var confirmations = new OrderConfirmationHandler(components);
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
