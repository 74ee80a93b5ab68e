package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.snapstart.Priming;

/**
 * {@code GET /api/events/{event}/availability}: the places left of an event, in JSON, for its page's script (the
 * static page cannot know them). Holds no personal data; a cache may keep it a few seconds. 404 for an unknown event.
 */
public final class RegistrationAvailabilityHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final PlacesLookup places;
    private final OriginGate gate;
    private final ErrorAnswers errors;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public RegistrationAvailabilityHandler() {
        this(RegistrationWiring.fromEnvironment());
    }

    private RegistrationAvailabilityHandler(RegistrationWiring wiring) {
        this(wiring.places(), wiring.originGate(), wiring.pages());
    }

    /** What tests call. */
    RegistrationAvailabilityHandler(PlacesLookup places, OriginGate gate, RegistrationPages pages) {
        this.places = places;
        this.gate = gate;
        this.errors = pages.errorAnswers("");
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        try {
            gate.check(request);
            String slug = RegistrationSubmissionHandler.pathParameter(event, RegistrationSubmissionHandler.EVENT);
            return RegistrationAnswers.availability(places.of(slug).orElseThrow(NoSuchRecordException::new))
                    .toEvent();
        } catch (RuntimeException failure) {
            return errors.of(failure, ResponseFormat.JSON).toEvent();
        }
    }

    /** Before a SnapStart snapshot: the places of an event no one can have (a read that finds nothing). */
    public void prime() {
        places.of(RegistrationPriming.EVENT);
        errors.of(new NoSuchRecordException(), ResponseFormat.JSON);
    }
}
