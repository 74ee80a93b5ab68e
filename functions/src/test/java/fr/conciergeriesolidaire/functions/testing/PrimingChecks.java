package fr.conciergeriesolidaire.functions.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import fr.conciergeriesolidaire.functions.forms.CommonFields;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import fr.conciergeriesolidaire.functions.snapstart.PrimingSubmission;
import java.util.Map;
import java.util.function.Supplier;

/** What priming a form's function must do: cross the whole edge, every field accepted, stop at the consent. */
public final class PrimingChecks {
    private PrimingChecks() {}

    /**
     * @param prime the handler's priming
     * @param stored what the handler's store holds, which priming must leave empty
     */
    public static void assertPrimingStopsAtTheConsent(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            Runnable prime,
            PrimingSubmission submission,
            Supplier<Map<?, ?>> stored)
            throws JsonProcessingException {
        assertRefusedForConsentOnly(handler, submission);

        prime.run();

        assertThat(stored.get()).isEmpty();
    }

    private static void assertRefusedForConsentOnly(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, PrimingSubmission submission)
            throws JsonProcessingException {
        APIGatewayV2HTTPResponse json =
                handler.handleRequest(PrimingEvents.post("application/json", submission.jsonBody()), null);
        APIGatewayV2HTTPResponse form = handler.handleRequest(
                PrimingEvents.post("application/x-www-form-urlencoded", submission.formBody()), null);

        assertThat(json.getStatusCode()).isEqualTo(400);
        assertThat(JsonTrees.MAPPER.readTree(json.getBody()).findValuesAsText("field"))
                .containsExactly(CommonFields.CONSENT);
        assertThat(form.getStatusCode()).isEqualTo(400);
        // Error links go to "<form page>#<field>": the consent's is the only one.
        assertThat(form.getBody().split("/#", -1)).hasSize(2);
        assertThat(form.getBody()).contains("/#" + CommonFields.CONSENT + "\"");
    }
}
