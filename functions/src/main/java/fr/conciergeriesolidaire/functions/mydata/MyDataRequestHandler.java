package fr.conciergeriesolidaire.functions.mydata;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.ForgedRequestException;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;

/**
 * {@code POST /api/mes-donnees/demande}: the address typed on the site's page /mes-donnees/; a link is asked for, then
 * 303 to {@code GET /api/mes-donnees/demande}, which says that a link is on its way if a record holds the address.
 * The answer and the work done before it are the same for every address ({@link MyDataRequestService}); a wrong
 * address is refused with its field named, on a page of the site that leads back to the form.
 */
public final class MyDataRequestHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final MyDataRequestService service;
    private final FormGuard guard;
    private final ClientAddress clients;
    private final MyDataPages pages;
    private final ErrorAnswers errors = MyDataWiring.errorAnswers();
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public MyDataRequestHandler() {
        this(MyDataWiring.fromEnvironment());
    }

    private MyDataRequestHandler(MyDataWiring wiring) {
        this(wiring.requestService(), wiring.formGuard(), wiring.clientAddress(), wiring.pages());
    }

    MyDataRequestHandler(MyDataRequestService service, FormGuard guard, ClientAddress clients, MyDataPages pages) {
        this.service = service;
        this.guard = guard;
        this.clients = clients;
        this.pages = pages;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        try {
            clients.gate().check(request);
            if ("GET".equals(request.method()) || "HEAD".equals(request.method())) {
                return pages.requested().toEvent();
            }
            guard.checkOrigin(request);
            String origin = guard.siteOrigin(request).orElseThrow(ForgedRequestException::new);
            service.request(RequestBody.fields(request), clients.of(request), origin);
            return HttpResponse.seeOther(MyDataPages.REQUEST_PATH).toEvent();
        } catch (ForgedRequestException forged) {
            return pages.refused(forged).toEvent();
        } catch (RuntimeException failure) {
            return errors.of(failure, ResponseFormat.HTML).toEvent();
        }
    }

    /**
     * Before a SnapStart snapshot: the answer page, then an address that is not one: refused before the rate limits
     * and the store, so nothing is counted nor stored.
     */
    public void prime() {
        pages.requested();
        try {
            service.check(RequestBody.fields(HttpRequest.from(
                    PrimingEvents.post("application/x-www-form-urlencoded", "email=pas-une-adresse"))));
        } catch (RuntimeException refused) {
            errors.of(refused, ResponseFormat.HTML);
        }
    }
}
