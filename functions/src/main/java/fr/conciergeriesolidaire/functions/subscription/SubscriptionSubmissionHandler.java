package fr.conciergeriesolidaire.functions.subscription;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.SubmissionEndpoint;
import fr.conciergeriesolidaire.functions.submission.Intake;
import java.time.Clock;
import java.util.Map;

/**
 * {@code POST /api/subscriptions}: a company sign-up, JSON (201) or plain form post (303 to the confirmation page);
 * 409 with the reference of the sign-up already awaiting review for the same site. Only translates.
 */
public final class SubscriptionSubmissionHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SubmissionEndpoint endpoint;
    private final Intake<SubscriptionRequest, SubscriptionStore.Placement> intake;

    /** Used by AWS Lambda: configuration from the process environment. */
    public SubscriptionSubmissionHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public SubscriptionSubmissionHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public SubscriptionSubmissionHandler(Map<String, String> environment, Clock clock) {
        this(SubscriptionComponents.fromEnvironment(environment, clock));
    }

    SubscriptionSubmissionHandler(SubscriptionComponents components) {
        this.endpoint = components.endpoint();
        this.intake = components.intake();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        return endpoint.handle(
                        request,
                        (fields, format) ->
                                SubscriptionResponses.placed(intake.take(fields, request.sourceIp()), format))
                .toEvent();
    }
}
