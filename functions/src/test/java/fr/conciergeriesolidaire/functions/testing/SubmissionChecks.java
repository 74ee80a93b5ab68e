package fr.conciergeriesolidaire.functions.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.function.Supplier;

/** What every form's submission function does the same way, whatever the form. */
public final class SubmissionChecks {
    private SubmissionChecks() {}

    /**
     * The same JSON submission sent twice (double click, retry) gets the same reference, said to be a replay, and
     * one record.
     *
     * @param fixture an API Gateway event under src/test/resources, with an idempotency key
     * @param stored what the handler's store holds
     */
    public static void assertReplayGetsTheSameReferenceAndOneRecord(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            String fixture,
            Supplier<Map<?, ?>> stored)
            throws JsonProcessingException {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(fixture);

        APIGatewayV2HTTPResponse first = handler.handleRequest(event, null);
        APIGatewayV2HTTPResponse second = handler.handleRequest(event, null);

        assertThat(second.getStatusCode()).isEqualTo(201);
        assertThat(JsonTrees.MAPPER.readTree(second.getBody()).path("reference"))
                .isEqualTo(JsonTrees.MAPPER.readTree(first.getBody()).path("reference"));
        assertThat(second.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(stored.get()).hasSize(1);
    }
}
