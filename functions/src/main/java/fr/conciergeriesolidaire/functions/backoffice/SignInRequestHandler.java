package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.ForgedRequestException;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenFailures;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.util.Map;

/**
 * {@code GET /api/backoffice/connexion}: the sign-in page (an address field); {@code POST}: a link asked for, then 303
 * back to the page, which says that a link is on its way if the address is a member's. No authorizer: it is the way
 * in. The answer and the work done before it are the same for every address ({@link SignInService}).
 */
public final class SignInRequestHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    /** The flash message after a request: the same sentence for every address. */
    static final String SENT = "lien-demande";

    private final SignInService signIn;
    private final FormGuard guard;
    private final ClientAddress clients;
    private final BackOfficePages pages;
    private final ScreenFailures failures = BackOfficeWiring.failures();
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public SignInRequestHandler() {
        this(BackOfficeWiring.fromEnvironment());
    }

    private SignInRequestHandler(BackOfficeWiring wiring) {
        this(wiring.signIn(), wiring.formGuard(), wiring.clientAddress(), wiring.pages());
    }

    SignInRequestHandler(SignInService signIn, FormGuard guard, ClientAddress clients, BackOfficePages pages) {
        this.signIn = signIn;
        this.guard = guard;
        this.clients = clients;
        this.pages = pages;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ScreenRequest screen = ScreenRequest.of(event);
        HttpRequest request = screen.http();
        ScreenFrame frame = ScreenFrame.visitor(request);
        SubmittedFields fields = null;
        try {
            clients.gate().check(request);
            if (!screen.isChange()) {
                return pages.signIn(frame, ScreenForm.blank(), 200).toEvent();
            }
            guard.checkOrigin(request);
            fields = RequestBody.fields(request);
            String origin = guard.siteOrigin(request).orElseThrow(ForgedRequestException::new);
            signIn.request(fields, clients.of(request), origin);
            return ScreenAnswers.seeOther(Navigation.SIGN_IN, SENT).toEvent();
        } catch (InvalidInputException invalid) {
            if (fields == null || invalid.errors().isEmpty()) {
                return failures.of(invalid, frame).toEvent();
            }
            ScreenForm typed = ScreenForm.of(Map.of(
                    SignInFields.EMAIL,
                    fields.text(SignInFields.EMAIL, new FieldErrors()).orElse("")));
            return pages.signIn(frame.withoutFlash(), typed.refused(invalid.errors()), 400)
                    .toEvent();
        } catch (RuntimeException failure) {
            return failures.of(failure, frame).toEvent();
        }
    }

    /**
     * Before a SnapStart snapshot: the page, then an address that is not one, from the site's own page (its answer
     * written): refused before the rate limits and the store, so nothing is counted nor stored.
     */
    public void prime() {
        HttpRequest request =
                HttpRequest.from(BackOfficePriming.post(Navigation.SIGN_IN, SignInFields.EMAIL + "=pas-une-adresse"));
        ScreenFrame frame = ScreenFrame.visitor(request);
        pages.signIn(frame, ScreenForm.blank(), 200);
        try {
            guard.checkOrigin(request);
            signIn.check(RequestBody.fields(request));
        } catch (InvalidInputException refused) {
            pages.signIn(frame, ScreenForm.blank().refused(refused.errors()), 400);
        }
    }
}
