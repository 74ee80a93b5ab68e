package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import java.util.Map;

/**
 * {@code GET /api/registrations/confirmation?reference=...}: the page a person lands on after a plain form post: the
 * registration's state (confirmed, or its place on the waiting list now) and its event. A malformed reference costs no
 * storage call; no personal data is shown, since anyone holding the link can see it.
 */
public final class RegistrationConfirmationHandler extends PublicRequestHandler {
    private final RegistrationLookup lookup;
    private final RegistrationPages pages;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the registrations and their events, from the function's environment. */
    public RegistrationConfirmationHandler() {
        this(RegistrationWiring.fromEnvironment());
    }

    private RegistrationConfirmationHandler(RegistrationWiring wiring) {
        this(wiring.lookup(), wiring.originGate(), wiring.pages());
    }

    /** What tests call. */
    RegistrationConfirmationHandler(RegistrationLookup lookup, OriginGate gate, RegistrationPages pages) {
        super(gate, pages, ResponseFormat.HTML);
        this.lookup = lookup;
        this.pages = pages;
    }

    @Override
    HttpResponse answer(APIGatewayV2HTTPEvent event, HttpRequest request) {
        return request.queryParameter(RegistrationPaths.REFERENCE)
                .flatMap(References::parse)
                .flatMap(lookup::registration)
                .map(pages::confirmation)
                .orElseGet(pages::notFound);
    }

    /** Before a SnapStart snapshot: one lookup of a well-formed reference through this handler. Writes nothing. */
    public void prime() {
        handleRequest(PrimingEvents.get(Map.of(RegistrationPaths.REFERENCE, "ZZZZ-ZZZZ")), null);
    }
}
