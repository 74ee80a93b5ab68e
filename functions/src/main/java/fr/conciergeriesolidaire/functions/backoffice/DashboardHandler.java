package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenFailures;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import fr.conciergeriesolidaire.functions.snapstart.Priming;

/**
 * {@code GET /api/backoffice/tableau-de-bord}: where a member lands after signing in; what their role may open (the
 * screens of {@link Navigation}), and a concierge's counters. Reads nothing: who the member is came with the request.
 */
public final class DashboardHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final BackOfficePages pages;
    private final OriginGate gate;
    private final ScreenFailures failures = BackOfficeWiring.failures();
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public DashboardHandler() {
        this(BackOfficeWiring.fromEnvironment());
    }

    private DashboardHandler(BackOfficeWiring wiring) {
        this(wiring.pages(), wiring.originGate());
    }

    DashboardHandler(BackOfficePages pages, OriginGate gate) {
        this.pages = pages;
        this.gate = gate;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ScreenRequest request = ScreenRequest.of(event);
        try {
            SignedInMember member = request.signedIn(gate);
            return pages.dashboard(request.frame(), member).toEvent();
        } catch (RuntimeException failure) {
            return failures.of(failure, request.frame()).toEvent();
        }
    }

    /** Before a SnapStart snapshot: the page of an admin no table holds (nothing is read). */
    public void prime() {
        HttpRequest request = HttpRequest.from(BackOfficePriming.get(Navigation.DASHBOARD));
        pages.dashboard(ScreenFrame.of(request, BackOfficePriming.MEMBER), BackOfficePriming.MEMBER);
    }
}
