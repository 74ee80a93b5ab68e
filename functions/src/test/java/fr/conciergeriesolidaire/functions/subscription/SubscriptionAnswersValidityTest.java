package fr.conciergeriesolidaire.functions.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sign-up's HTML answers (confirmation, not found, errors, 409), in the site's real shell, are valid HTML. */
class SubscriptionAnswersValidityTest {
    private final InMemorySubscriptions signUps = new InMemorySubscriptions();

    @Test
    void givenEachHtmlAnswerOfASignUp_thenItIsValid() {
        ValidHtml.assertTheShellIsTheSites();
        var submissions = signUps.submissionHandler();
        var confirmations = signUps.confirmationHandler();
        var form = EventLoader.loadApiGatewayHttpEvent("events/subscription-form.json");
        String location = submissions.handleRequest(form, null).getHeaders().get("Location");
        var confirmation = EventLoader.loadApiGatewayHttpEvent("events/subscription-confirmation.json");
        confirmation.setQueryStringParameters(Map.of("reference", location.replaceAll(".*=", "")));
        // The same site again from another form: without JavaScript, its key comes from the content
        var again = EventLoader.loadApiGatewayHttpEvent("events/subscription-form.json");
        again.setIsBase64Encoded(false);
        again.setBody(new String(
                        java.util.Base64.getDecoder().decode(form.getBody()), java.nio.charset.StandardCharsets.UTF_8)
                .replace("firstName=Jos%C3%A9", "firstName=Paul"));
        var duplicate = submissions.handleRequest(again, null);

        ValidHtml.assertValid(
                "confirmation", confirmations.handleRequest(confirmation, null).getBody());
        ValidHtml.assertValid(
                "not found",
                confirmations
                        .handleRequest(
                                EventLoader.loadApiGatewayHttpEvent("events/subscription-confirmation.json"), null)
                        .getBody());
        ValidHtml.assertValid(
                "field errors",
                submissions
                        .handleRequest(
                                EventLoader.loadApiGatewayHttpEvent("events/subscription-form-invalid.json"), null)
                        .getBody());
        assertThat(duplicate.getStatusCode()).isEqualTo(409);
        ValidHtml.assertValid("site awaiting review", duplicate.getBody());
    }
}
