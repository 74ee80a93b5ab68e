package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.AccessTokens;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenFailures;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import fr.conciergeriesolidaire.functions.snapstart.Priming;

/**
 * {@code POST /api/backoffice/deconnexion} (the button of every back-office page): ends the session where it is
 * stored, so its cookie opens nothing any more, makes the browser forget the cookie, and goes back to the sign-in
 * page. The authorizer may still allow a copy of that cookie for the few seconds its answer is cached
 * (template.yaml, ReauthorizeEvery).
 */
public final class SignOutHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final String SIGNED_OUT = "deconnexion";

    private final AccessTokens tokens;
    private final FormGuard guard;
    private final OriginGate gate;
    private final ScreenFailures failures = BackOfficeWiring.failures();
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public SignOutHandler() {
        this(BackOfficeWiring.fromEnvironment());
    }

    private SignOutHandler(BackOfficeWiring wiring) {
        this(wiring.accessTokens(), wiring.formGuard(), wiring.originGate());
    }

    SignOutHandler(AccessTokens tokens, FormGuard guard, OriginGate gate) {
        this.tokens = tokens;
        this.guard = guard;
        this.gate = gate;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ScreenRequest request = ScreenRequest.of(event);
        try {
            SignedInMember member = request.signedIn(gate);
            request.form(guard);
            tokens.delete(member.sessionKey());
            return ScreenAnswers.seeOther(Navigation.SIGN_IN, SIGNED_OUT)
                    .withHeader("Set-Cookie", SessionCookie.cleared())
                    .toEvent();
        } catch (RuntimeException failure) {
            return failures.of(failure, request.frame()).toEvent();
        }
    }

    /**
     * Before a SnapStart snapshot: a sign-out without the session's token, read and refused before anything is
     * deleted (its page written).
     */
    public void prime() {
        HttpRequest request = HttpRequest.from(BackOfficePriming.post(Navigation.SIGN_OUT, FormGuard.FIELD + "=x"));
        ScreenFrame frame = ScreenFrame.of(request, BackOfficePriming.MEMBER);
        try {
            guard.check(request, RequestBody.fields(request), BackOfficePriming.MEMBER);
        } catch (RuntimeException refused) {
            failures.of(refused, frame);
        }
    }
}
