package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.snapstart.Priming;

/**
 * {@code GET /api/events/{event}/availability}: the places left of an event, in JSON, for its page's script (the
 * static page cannot know them). Holds no personal data; a cache may keep it a few seconds. 404 for an unknown event.
 */
public final class RegistrationAvailabilityHandler extends PublicRequestHandler {
    private final PlacesLookup places;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the places of the events, from the function's environment. */
    public RegistrationAvailabilityHandler() {
        this(RegistrationWiring.fromEnvironment());
    }

    private RegistrationAvailabilityHandler(RegistrationWiring wiring) {
        this(wiring.places(), wiring.originGate(), wiring.pages());
    }

    /** What tests call. */
    RegistrationAvailabilityHandler(PlacesLookup places, OriginGate gate, RegistrationPages pages) {
        super(gate, pages, ResponseFormat.JSON);
        this.places = places;
    }

    @Override
    HttpResponse answer(APIGatewayV2HTTPEvent event, HttpRequest request) {
        String slug = RegistrationSubmissionHandler.pathParameter(event, RegistrationSubmissionHandler.EVENT);
        return RegistrationAnswers.availability(places.of(slug).orElseThrow(NoSuchRecordException::new));
    }

    /** Before a SnapStart snapshot: the places of an event no one can have (a read that finds nothing). */
    public void prime() {
        places.of(RegistrationPriming.EVENT);
        refused(new NoSuchRecordException());
    }
}
