package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/orders/confirmation?reference=…&jeton=…}: the page a person lands on after ordering. A malformed
 * reference costs no storage call; it shows no personal data, since anyone holding the reference can see it. With the
 * order's follow-up key (the submission's answer gives it to the person who ordered, and only to them), it also shows
 * the private follow-up link; that page is then never indexed nor named to another site.
 */
public final class OrderConfirmationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final OrderStore orders;
    private final OriginGate gate;
    private final FollowUpLinks links;
    private final OrderPages pages = OrderPages.packaged();
    private final ErrorAnswers errors = OrderPages.errorAnswers();
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the orders table named by the function's environment. */
    public OrderConfirmationHandler() {
        this(OrderWiring.fromEnvironment());
    }

    private OrderConfirmationHandler(OrderWiring wiring) {
        this(wiring.store(), wiring.originGate(), wiring.followUpLinks());
    }

    /** What tests call. */
    public OrderConfirmationHandler(OrderStore orders, OriginGate gate, FollowUpLinks links) {
        this.orders = orders;
        this.gate = gate;
        this.links = links;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        try {
            gate.check(request);
            Optional<StoredOrder> order = request.queryParameter("reference")
                    .flatMap(References::parse)
                    .flatMap(orders::find);
            Optional<String> key = request.queryParameter(FollowUpLinks.KEY);
            return order.map(found -> key.filter(presented -> links.opens(found, presented))
                            .map(presented ->
                                    pages.confirmation(found, links.path(found).orElseThrow()))
                            .orElseGet(() -> pages.confirmation(found)))
                    .orElseGet(pages::notFound)
                    .toEvent();
        } catch (RuntimeException failure) {
            return errors.of(failure, ResponseFormat.HTML).toEvent();
        }
    }

    /** Before a SnapStart snapshot: one lookup of a well-formed reference through this handler. Writes nothing. */
    public void prime() {
        handleRequest(PrimingEvents.get(Map.of("reference", "ZZZZ-ZZZZ")), null);
    }
}
