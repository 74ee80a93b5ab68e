package fr.conciergeriesolidaire.functions.subscription;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.ConfirmationLookup;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import java.time.Clock;
import java.util.Map;

/** {@code GET /api/subscriptions/confirmation?reference=...}: the confirmation page after a sign-up. */
public final class SubscriptionConfirmationHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SubscriptionStore store;
    private final SubscriptionPages pages;
    private final ConfirmationLookup lookup;

    public SubscriptionConfirmationHandler() {
        this(System.getenv());
    }

    public SubscriptionConfirmationHandler(Map<String, String> environment) {
        this(SubscriptionComponents.fromEnvironment(environment, Clock.systemUTC()));
    }

    SubscriptionConfirmationHandler(SubscriptionComponents components) {
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
