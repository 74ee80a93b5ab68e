package fr.conciergeriesolidaire.functions.programme.proposals;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.http.SubmissionAnswers;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/propositions}: a resident's idea of an animation, from the form of a neighbourhood page, JSON (201
 * with the reference) or plain form post (303 to the confirmation page). Only translates: the request's fields and
 * client to {@link ProposalService#propose}, its result or failure to an answer in the format the client understands;
 * a refused plain form points back at the form of the neighbourhood it came from.
 */
public final class ProposalSubmissionHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ProposalService proposals;
    private final ProposalPages pages;
    private final Neighbourhoods neighbourhoods;
    private final ClientAddress clients;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public ProposalSubmissionHandler() {
        this(ProposalsWiring.fromEnvironment());
    }

    private ProposalSubmissionHandler(ProposalsWiring wiring) {
        this(wiring.service(), wiring.pages(), wiring.neighbourhoods(), wiring.clientAddress());
    }

    ProposalSubmissionHandler(
            ProposalService proposals, ProposalPages pages, Neighbourhoods neighbourhoods, ClientAddress clients) {
        this.proposals = proposals;
        this.pages = pages;
        this.neighbourhoods = neighbourhoods;
        this.clients = clients;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        ResponseFormat format = ResponseFormat.of(request);
        Optional<String> neighbourhood = Optional.empty();
        try {
            clients.gate().check(request);
            SubmittedFields fields = RequestBody.fields(request);
            neighbourhood = neighbourhoodOf(fields);
            ProposalStore.Placement placement = proposals.propose(fields, clients.of(request));
            return SubmissionAnswers.accepted(
                            format,
                            ProposalPages.CONFIRMATION_PATH,
                            placement.proposal().reference(),
                            Map.of(),
                            placement.created())
                    .toEvent();
        } catch (RuntimeException failure) {
            return pages.errorAnswers(neighbourhood).of(failure, format).toEvent();
        }
    }

    /** The neighbourhood whose page sent the form, when it names one of the data (the refusal's way back). */
    private Optional<String> neighbourhoodOf(SubmittedFields fields) {
        return fields.text(ProposalFields.NEIGHBOURHOOD, new FieldErrors()).filter(neighbourhoods::exists);
    }

    /**
     * Before a SnapStart snapshot: an idea as a resident sends it with an address, in JSON and as a plain form, read,
     * checked and refused for want of consent (its answer written), then the storage path: nothing is stored.
     */
    public void prime() {
        for (APIGatewayV2HTTPEvent event : ProposalPriming.submission().events()) {
            HttpRequest request = HttpRequest.from(event);
            try {
                proposals.check(RequestBody.fields(request), Clock.systemUTC().instant());
            } catch (RuntimeException refused) {
                pages.errorAnswers(Optional.empty()).of(refused, ResponseFormat.of(request));
            }
        }
        proposals.prime();
    }
}
