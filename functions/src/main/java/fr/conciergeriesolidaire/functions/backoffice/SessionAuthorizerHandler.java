package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import fr.conciergeriesolidaire.functions.access.AuthorizerContext;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API's Lambda authorizer of every back-office route (template.yaml: REQUEST, payload 2.0, simple responses,
 * identity source the cookie header, answers cached a short while). Allows a live session of a member still on the
 * team, with who they are in the context ({@link AuthorizerContext}); refuses anything else, and API Gateway then
 * answers 403 (401 without any cookie) before the route's function runs. The authorizer's payload 2.0 has the shape
 * of the route's request: it is read as one.
 */
public final class SessionAuthorizerHandler implements RequestHandler<APIGatewayV2HTTPEvent, SimpleIAMPolicyResponse> {
    private final SessionAuthorizer authorizer;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the authorizer built from the function's environment. */
    public SessionAuthorizerHandler() {
        this(BackOfficeWiring.fromEnvironment().authorizer());
    }

    SessionAuthorizerHandler(SessionAuthorizer authorizer) {
        this.authorizer = authorizer;
    }

    @Override
    public SimpleIAMPolicyResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Optional<SignedInMember> member = SessionCookie.read(event).flatMap(authorizer::signedIn);
        return member.map(signedIn -> new SimpleIAMPolicyResponse(true, AuthorizerContext.of(signedIn)))
                .orElseGet(() -> new SimpleIAMPolicyResponse(false, Map.of()));
    }

    /** Before a SnapStart snapshot: a cookie of the right shape that opens nothing (one keyed hash, one read). */
    public void prime() {
        handleRequest(BackOfficePriming.withSessionCookie(BackOfficePriming.get(Navigation.DASHBOARD)), null);
    }
}
