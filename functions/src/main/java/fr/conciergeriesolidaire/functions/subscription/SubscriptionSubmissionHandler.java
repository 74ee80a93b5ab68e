package fr.conciergeriesolidaire.functions.subscription;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.time.Clock;

/**
 * {@code POST /api/subscriptions}: a company sign-up, JSON (201 with the reference and the quote) or plain form post
 * (303 to the confirmation page); 409 with the reference of the sign-up already awaiting review for the same site.
 * Only translates: the request's fields and client to {@link SubscriptionService#signUp}, its result or failure to
 * an answer in the format the client understands.
 */
public final class SubscriptionSubmissionHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SubscriptionService signUps;
    private final ClientAddress clients;
    private final ErrorAnswers errors = SubscriptionPages.errorAnswers();
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public SubscriptionSubmissionHandler() {
        this(SubscriptionWiring.fromEnvironment());
    }

    private SubscriptionSubmissionHandler(SubscriptionWiring wiring) {
        this(wiring.service(), wiring.clientAddress());
    }

    /** What tests call, with the service built on their own parts. */
    public SubscriptionSubmissionHandler(SubscriptionService signUps, ClientAddress clients) {
        this.signUps = signUps;
        this.clients = clients;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        ResponseFormat format = ResponseFormat.of(request);
        try {
            clients.gate().check(request);
            SubscriptionStore.Placement placement = signUps.signUp(RequestBody.fields(request), clients.of(request));
            return SubscriptionAnswers.placed(placement, format).toEvent();
        } catch (RuntimeException failure) {
            return errors.of(failure, format).toEvent();
        }
    }

    /**
     * Before a SnapStart snapshot: a submission as a visitor fills it in, in JSON and as a plain form, read, checked
     * and refused for want of consent (its answer written), then the storage path: nothing is stored nor counted.
     */
    public void prime() {
        for (APIGatewayV2HTTPEvent event :
                SubscriptionPriming.submission(Clock.systemUTC()).events()) {
            HttpRequest request = HttpRequest.from(event);
            try {
                signUps.check(RequestBody.fields(request), Clock.systemUTC().instant());
            } catch (RuntimeException refused) {
                errors.of(refused, ResponseFormat.of(request));
            }
        }
        signUps.prime();
    }
}
