package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.time.Clock;

/**
 * {@code POST /api/orders}: an order, JSON (201 with the reference and the private follow-up link) or plain form
 * post (303 to the confirmation page, which shows that link). Only translates: the request's fields and client to {@link OrderService#place}, its result or failure to
 * an answer in the format the client understands.
 */
public final class OrderSubmissionHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final OrderService orders;
    private final ClientAddress clients;
    private final SiteOrigin siteOrigin;
    private final FollowUpLinks followUpLinks;
    private final ErrorAnswers errors = OrderPages.errorAnswers();
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public OrderSubmissionHandler() {
        this(OrderWiring.fromEnvironment());
    }

    private OrderSubmissionHandler(OrderWiring wiring) {
        this(wiring.service(), wiring.clientAddress(), wiring.followUpLinks());
    }

    /** What tests call, with the service built on their own parts. */
    public OrderSubmissionHandler(OrderService orders, ClientAddress clients, FollowUpLinks followUpLinks) {
        this.orders = orders;
        this.clients = clients;
        this.siteOrigin = new SiteOrigin(clients.gate());
        this.followUpLinks = followUpLinks;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        ResponseFormat format = ResponseFormat.of(request);
        try {
            clients.gate().check(request);
            OrderStore.Placement placement =
                    orders.place(RequestBody.fields(request), clients.of(request), siteOrigin.of(request));
            return OrderAnswers.placed(placement, format, followUpLinks).toEvent();
        } catch (RuntimeException failure) {
            return errors.of(failure, format).toEvent();
        }
    }

    /**
     * Before a SnapStart snapshot: a submission as a visitor fills it in, in JSON and as a plain form, read, checked
     * and refused for want of consent (its answer written), then the storage path: nothing is stored nor counted.
     */
    public void prime() {
        for (APIGatewayV2HTTPEvent event : OrderPriming.submission(PackagedSiteData.data(), Clock.systemUTC())
                .events()) {
            HttpRequest request = HttpRequest.from(event);
            try {
                orders.check(RequestBody.fields(request), Clock.systemUTC().instant());
            } catch (RuntimeException refused) {
                errors.of(refused, ResponseFormat.of(request));
            }
        }
        orders.prime();
    }
}
