package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.ErrorResponses;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import java.time.Clock;
import java.util.Map;

/** {@code GET /api/orders/confirmation?reference=...}: the confirmation page after a form post. */
public final class OrderConfirmationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final OrderLookup lookup;
    private final OrderPages pages;
    private final ErrorResponses errors;

    public OrderConfirmationHandler() {
        this(System.getenv());
    }

    public OrderConfirmationHandler(Map<String, String> environment) {
        this(OrderComponents.fromEnvironment(environment, Clock.systemUTC()));
    }

    OrderConfirmationHandler(OrderComponents components) {
        this.lookup = components.lookup();
        this.pages = components.pages();
        this.errors = components.errors();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        try {
            return request.queryParameter("reference")
                    .flatMap(lookup::find)
                    .map(pages::confirmation)
                    .orElseGet(pages::notFound)
                    .toEvent();
        } catch (RuntimeException failure) {
            return errors.of(failure, ResponseFormat.HTML).toEvent();
        }
    }
}
