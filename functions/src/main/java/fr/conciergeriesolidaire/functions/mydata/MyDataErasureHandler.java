package fr.conciergeriesolidaire.functions.mydata;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.ForgedRequestException;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SecretLinkPages;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /api/mes-donnees/effacement}: the confirm step's button, which erases one record or all of them
 * ({@link Erasures}), then 303 to the list (one record) or to the page saying all is erased (the link is then used
 * up). The form's defence against other sites is the link's key, sent in the body (never in a cookie: nothing rides
 * along with a request another site makes), and the {@code Origin} check of every form.
 */
public final class MyDataErasureHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    /** The message on the list after one record is erased. */
    static final String RECORD_ERASED = "fiche-effacee";

    private final MyDataLinks links;
    private final Erasures erasures;
    private final FormGuard guard;
    private final OriginGate gate;
    private final MyDataPages pages;
    private final Clock clock;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public MyDataErasureHandler() {
        this(MyDataWiring.fromEnvironment());
    }

    private MyDataErasureHandler(MyDataWiring wiring) {
        this(
                wiring.links(),
                wiring.erasures(),
                wiring.formGuard(),
                wiring.originGate(),
                wiring.pages(),
                wiring.clock());
    }

    MyDataErasureHandler(
            MyDataLinks links, Erasures erasures, FormGuard guard, OriginGate gate, MyDataPages pages, Clock clock) {
        this.links = links;
        this.erasures = erasures;
        this.guard = guard;
        this.gate = gate;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        try {
            gate.check(request);
            guard.checkSecretLinkForm(request);
            String origin = guard.siteOrigin(request).orElseThrow(ForgedRequestException::new);
            SubmittedFields fields = RequestBody.fields(request);
            String key = text(fields, MyDataFields.KEY);
            String target = text(fields, MyDataFields.RECORD);
            String emailHash = links.open(key, clock.instant());
            erasures.erase(emailHash, target, Optional.empty(), origin);
            if (target.equals(MyDataFields.ALL) || erasures.holding(emailHash).isEmpty()) {
                links.end(key);
                return SecretLinkPages.secured(HttpResponse.seeOther(MyDataPages.ERASED_PATH))
                        .toEvent();
            }
            return SecretLinkPages.secured(HttpResponse.seeOther(MyDataPages.withKey(MyDataLinks.PATH, key) + "&"
                            + MyDataPages.NOTICE + "=" + RECORD_ERASED))
                    .toEvent();
        } catch (RuntimeException failure) {
            return pages.refused(failure).toEvent();
        }
    }

    private static String text(SubmittedFields fields, String name) {
        return fields.text(name, new FieldErrors()).orElse("");
    }

    /** Before a SnapStart snapshot: the refusal page (nothing read, nothing erased). */
    public void prime() {
        pages.refused(new ForgedRequestException());
    }
}
