package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.access.Sessions;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenFailures;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.time.Clock;

/**
 * {@code GET /api/backoffice/connexion/lien?jeton=…}: the link of the e-mail, showing a button (mail scanners open
 * links; only a person presses it); {@code POST}: the button, which uses the link up and opens a new session: 303 to
 * the dashboard with the session cookie. A link that opens nothing answers 410, whatever the reason. No authorizer:
 * the session does not exist yet.
 */
public final class SignInLinkHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SignInLinks links;
    private final FormGuard guard;
    private final OriginGate gate;
    private final BackOfficePages pages;
    private final Clock clock;
    private final ScreenFailures failures = BackOfficeWiring.failures();
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public SignInLinkHandler() {
        this(BackOfficeWiring.fromEnvironment());
    }

    private SignInLinkHandler(BackOfficeWiring wiring) {
        this(wiring.links(), wiring.formGuard(), wiring.originGate(), wiring.pages(), wiring.clock());
    }

    SignInLinkHandler(SignInLinks links, FormGuard guard, OriginGate gate, BackOfficePages pages, Clock clock) {
        this.links = links;
        this.guard = guard;
        this.gate = gate;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ScreenRequest screen = ScreenRequest.of(event);
        HttpRequest request = screen.http();
        ScreenFrame frame = ScreenFrame.visitor(request);
        try {
            gate.check(request);
            if (!screen.isChange()) {
                String token = request.queryParameter(SignInFields.TOKEN).orElse("");
                return (links.isUsable(token, clock.instant()) ? pages.link(frame, token) : pages.invalidLink(frame))
                        .toEvent();
            }
            guard.checkOrigin(request);
            String token = RequestBody.fields(request)
                    .text(SignInFields.TOKEN, new FieldErrors())
                    .orElse("");
            Sessions.Opened opened = links.open(token, clock.instant());
            return ScreenAnswers.seeOther(Navigation.DASHBOARD)
                    .withHeader("Set-Cookie", SessionCookie.set(opened.cookieValue(), links.sessionLifetime()))
                    .toEvent();
        } catch (InvalidLinkException unusable) {
            return pages.invalidLink(frame).toEvent();
        } catch (RuntimeException failure) {
            return failures.of(failure, frame).toEvent();
        }
    }

    /** Before a SnapStart snapshot: a link that opens nothing, followed then pressed (nothing to take, nothing made). */
    public void prime() {
        HttpRequest request = HttpRequest.from(
                BackOfficePriming.post(SignInLinks.PATH, SignInFields.TOKEN + "=" + BackOfficePriming.UNKNOWN_TOKEN));
        ScreenFrame frame = ScreenFrame.visitor(request);
        links.isUsable(BackOfficePriming.UNKNOWN_TOKEN, clock.instant());
        pages.link(frame, BackOfficePriming.UNKNOWN_TOKEN);
        try {
            guard.checkOrigin(request);
            links.open(BackOfficePriming.UNKNOWN_TOKEN, clock.instant());
        } catch (InvalidLinkException unusable) {
            pages.invalidLink(frame);
        }
    }
}
