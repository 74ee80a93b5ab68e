package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.ConfirmationLookup;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import java.time.Clock;
import java.util.Map;

/** {@code GET /api/orders/confirmation?reference=...}: the confirmation page after a form post. */
public final class OrderConfirmationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final OrderStore store;
    private final OrderPages pages;
    private final ConfirmationLookup lookup;

    public OrderConfirmationHandler() {
        this(System.getenv());
    }

    public OrderConfirmationHandler(Map<String, String> environment) {
        this(OrderComponents.fromEnvironment(environment, Clock.systemUTC()));
    }

    OrderConfirmationHandler(OrderComponents components) {
        this.store = components.store();
        this.pages = components.pages();
        this.lookup = new ConfirmationLookup(components.errors());
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return lookup.answer(HttpRequest.from(event), store::find, pages::confirmation, pages::notFound)
                .toEvent();
    }
}
