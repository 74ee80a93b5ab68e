package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.config.Environment;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.SubmissionEndpoint;
import java.time.Clock;
import java.util.Map;

/** {@code POST /api/orders}: JSON (201) or plain form post (303 to the confirmation page). Only translates. */
public final class OrderSubmissionHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SubmissionEndpoint endpoint;
    private final OrderService service;
    private final ClientAddress clientAddress;

    /** Used by AWS Lambda: configuration from the process environment. */
    public OrderSubmissionHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public OrderSubmissionHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public OrderSubmissionHandler(Map<String, String> environment, Clock clock) {
        this(
                OrderComponents.fromEnvironment(environment, clock),
                ClientAddress.fromEnvironment(new Environment(environment)));
    }

    OrderSubmissionHandler(OrderComponents components) {
        this(components, ClientAddress.sourceOnly());
    }

    OrderSubmissionHandler(OrderComponents components, ClientAddress clientAddress) {
        this.endpoint = components.endpoint();
        this.service = components.service();
        this.clientAddress = clientAddress;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        return endpoint.handle(
                        request,
                        (fields, format) ->
                                OrderResponses.placed(service.submit(fields, clientAddress.of(request)), format))
                .toEvent();
    }
}
