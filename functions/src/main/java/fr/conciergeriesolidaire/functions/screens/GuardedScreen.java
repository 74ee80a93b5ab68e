package fr.conciergeriesolidaire.functions.screens;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.snapstart.Priming;

/**
 * The handler of a screen some roles may open, the checks of "Adding a guarded screen" (functions/README.md) in their
 * order, once: through CloudFront and signed in ({@link ScreenRequest#signedIn}: 403, 401), one of the screen's roles
 * (403), then the screen's {@link #answer}; any failure becomes its page ({@link ScreenFailures}). A screen that
 * changes something reads its form with {@link ScreenRequest#form} in its answer. Registered for SnapStart priming.
 */
public abstract class GuardedScreen implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final OriginGate gate;
    private final Role[] roles;
    private final ScreenFailures failures = new ScreenFailures(Screens.packaged());
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** @param roles who may open the screen */
    protected GuardedScreen(OriginGate gate, Role... roles) {
        this.gate = gate;
        this.roles = roles.clone();
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ScreenRequest request = ScreenRequest.of(event);
        try {
            SignedInMember member = request.signedIn(gate);
            member.require(roles);
            return answer(request, member).toEvent();
        } catch (RuntimeException failure) {
            return failures.of(failure, request.frame()).toEvent();
        }
    }

    /** The screen's answer to a member of one of its roles. */
    protected abstract HttpResponse answer(ScreenRequest request, SignedInMember member);

    /** Before a SnapStart snapshot: the screen's pages rendered, reading at most, writing nothing. */
    public abstract void prime();

    /** The page of a failure, for a screen's priming. */
    protected final HttpResponse failure(RuntimeException failure, ScreenFrame frame) {
        return failures.of(failure, frame);
    }
}
