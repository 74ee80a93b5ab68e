package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import java.time.Clock;
import java.util.Map;

/**
 * {@code GET /api/registrations/cancellation?reference=...&jeton=...}: the private link of a registration's e-mails,
 * a page with one button (works without JavaScript, never indexed, its address never sent on); {@code POST} to the
 * same address, from that page (its Origin checked): the registration is cancelled, then 303 back to the page, which
 * says so. Any link that opens nothing gets the same "invalid link" page.
 */
public final class RegistrationCancellationHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final Cancellation cancellation;
    private final OriginGate gate;
    private final FormGuard guard;
    private final RegistrationPages pages;
    private final ErrorAnswers errors;
    private final Clock clock;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public RegistrationCancellationHandler() {
        this(RegistrationWiring.fromEnvironment());
    }

    private RegistrationCancellationHandler(RegistrationWiring wiring) {
        this(wiring.cancellation(), wiring.originGate(), wiring.formGuard(), wiring.pages(), wiring.clock());
    }

    /** What tests call. */
    RegistrationCancellationHandler(
            Cancellation cancellation, OriginGate gate, FormGuard guard, RegistrationPages pages, Clock clock) {
        this.cancellation = cancellation;
        this.gate = gate;
        this.guard = guard;
        this.pages = pages;
        this.errors = pages.errorAnswers("");
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        try {
            gate.check(request);
            if ("POST".equals(request.method())) {
                guard.checkOrigin(request);
                SubmittedFields fields = RequestBody.fields(request);
                String reference = text(fields, RegistrationPaths.REFERENCE);
                String token = text(fields, RegistrationPaths.TOKEN);
                cancellation.cancel(reference, token);
                return HttpResponse.seeOther(RegistrationPaths.cancellation(reference, token))
                        .withHeader("Referrer-Policy", "no-referrer")
                        .toEvent();
            }
            String reference =
                    request.queryParameter(RegistrationPaths.REFERENCE).orElse("");
            String token = request.queryParameter(RegistrationPaths.TOKEN).orElse("");
            RegistrationLookup.Seen seen = cancellation.open(reference, token);
            boolean over =
                    !clock.instant().isBefore(seen.event().event().start().toInstant());
            return pages.cancellation(seen, token, over).toEvent();
        } catch (NoSuchRecordException unusable) {
            return pages.invalidLink().toEvent();
        } catch (RuntimeException failure) {
            return errors.of(failure, ResponseFormat.HTML)
                    .withHeader("Referrer-Policy", "no-referrer")
                    .toEvent();
        }
    }

    private static String text(SubmittedFields fields, String name) {
        return fields.text(name, new FieldErrors()).orElse("");
    }

    /** Before a SnapStart snapshot: a link that opens nothing (a read that finds nothing, the invalid link's page). */
    public void prime() {
        handleRequest(
                PrimingEvents.get(Map.of(RegistrationPaths.REFERENCE, "ZZZZ-ZZZZ", RegistrationPaths.TOKEN, "x")),
                null);
    }
}
