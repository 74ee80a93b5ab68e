package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
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
 * same address, from that page: the registration is cancelled, then 303 back to the page, which says so. Any link that
 * opens nothing gets the same "invalid link" page. The form's Origin is not checked: the page sends none (no-referrer
 * makes browsers send {@code Origin: null}), and a forged form would need the link's secret, which is the whole
 * permission.
 */
public final class RegistrationCancellationHandler extends PublicRequestHandler {
    private static final String NO_REFERRER = "no-referrer";

    private final Cancellation cancellation;
    private final RegistrationPages pages;
    private final Clock clock;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: cancelling, from the function's environment. */
    public RegistrationCancellationHandler() {
        this(RegistrationWiring.fromEnvironment());
    }

    private RegistrationCancellationHandler(RegistrationWiring wiring) {
        this(wiring.cancellation(), wiring.originGate(), wiring.pages(), wiring.clock());
    }

    /** What tests call. */
    RegistrationCancellationHandler(Cancellation cancellation, OriginGate gate, RegistrationPages pages, Clock clock) {
        super(gate, pages, ResponseFormat.HTML);
        this.cancellation = cancellation;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    HttpResponse answer(APIGatewayV2HTTPEvent event, HttpRequest request) {
        try {
            if ("POST".equals(request.method())) {
                SubmittedFields fields = RequestBody.fields(request);
                String reference = text(fields, RegistrationPaths.REFERENCE);
                String token = text(fields, RegistrationPaths.TOKEN);
                cancellation.cancel(reference, token);
                return HttpResponse.seeOther(RegistrationPaths.cancellation(reference, token))
                        .withHeader("Referrer-Policy", NO_REFERRER);
            }
            String reference =
                    request.queryParameter(RegistrationPaths.REFERENCE).orElse("");
            String token = request.queryParameter(RegistrationPaths.TOKEN).orElse("");
            RegistrationLookup.Seen seen = cancellation.open(reference, token);
            boolean over =
                    !clock.instant().isBefore(seen.event().event().start().toInstant());
            return pages.cancellation(seen, token, over);
        } catch (NoSuchRecordException unusable) {
            return pages.invalidLink();
        }
    }

    @Override
    HttpResponse refused(RuntimeException failure) {
        return super.refused(failure).withHeader("Referrer-Policy", NO_REFERRER);
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
