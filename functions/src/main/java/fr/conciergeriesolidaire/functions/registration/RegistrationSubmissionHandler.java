package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/events/{event}/registrations}: a registration, JSON (201 with its state: confirmed, or its place on
 * the waiting list) or plain form post (303 to its page). Someone registered already gets their registration back.
 * Only translates: the event, fields, client and site origin to {@link RegistrationService#register}, its result or
 * failure to an answer in the format the client understands.
 */
public final class RegistrationSubmissionHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final String EVENT = "event";

    private final RegistrationService registrations;
    private final PlacesLookup places;
    private final ClientAddress clients;
    private final String defaultOrigin;
    private final RegistrationPages pages;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public RegistrationSubmissionHandler() {
        this(RegistrationWiring.fromEnvironment());
    }

    private RegistrationSubmissionHandler(RegistrationWiring wiring) {
        this(wiring.service(), wiring.places(), wiring.clientAddress(), wiring.siteUrl(), wiring.pages());
    }

    /**
     * What tests call.
     *
     * @param defaultOrigin where the e-mails' links point when the request does not say which host it was sent to
     */
    RegistrationSubmissionHandler(
            RegistrationService registrations,
            PlacesLookup places,
            ClientAddress clients,
            String defaultOrigin,
            RegistrationPages pages) {
        this.registrations = registrations;
        this.places = places;
        this.clients = clients;
        this.defaultOrigin = defaultOrigin;
        this.pages = pages;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        ResponseFormat format = ResponseFormat.of(request);
        String slug = pathParameter(event, EVENT);
        try {
            clients.gate().check(request);
            String origin = new SiteOrigin(clients.gate()).of(request).orElse(defaultOrigin);
            RegistrationService.Outcome outcome =
                    registrations.register(slug, RequestBody.fields(request), clients.of(request), origin);
            Optional<Availability> left = format == ResponseFormat.JSON ? places.of(slug) : Optional.empty();
            return RegistrationAnswers.registered(outcome, left, format).toEvent();
        } catch (RuntimeException failure) {
            return pages.errorAnswers(slug).of(failure, format).toEvent();
        }
    }

    static String pathParameter(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> parameters = event.getPathParameters();
        String value = parameters == null ? null : parameters.get(name);
        return value == null ? "" : value;
    }

    /**
     * Before a SnapStart snapshot: a registration as a visitor fills it, read and refused for want of consent (its
     * answer written, in JSON and as a page), then the storage path's reads; nothing is stored nor counted.
     */
    public void prime() {
        for (APIGatewayV2HTTPEvent event : RegistrationPriming.submissions()) {
            HttpRequest request = HttpRequest.from(event);
            RequestBody.fields(request);
            pages.errorAnswers(RegistrationPriming.EVENT)
                    .of(
                            InvalidInputException.of(RegistrationFields.CONSENT, "registration.consent.missing"),
                            ResponseFormat.of(request));
        }
        registrations.prime();
    }
}
