package fr.conciergeriesolidaire.functions.programme.proposals;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/propositions/confirmation?reference=...}: the page a resident lands on after a plain form post. A
 * malformed reference costs no storage call; it shows nothing they typed, since anyone holding the link can see it.
 */
public final class ProposalConfirmationHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ProposalStore proposals;
    private final ProposalPages pages;
    private final OriginGate gate;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the proposals table named by the function's environment. */
    public ProposalConfirmationHandler() {
        this(ProposalsWiring.fromEnvironment());
    }

    private ProposalConfirmationHandler(ProposalsWiring wiring) {
        this(wiring.store(), wiring.pages(), wiring.originGate());
    }

    ProposalConfirmationHandler(ProposalStore proposals, ProposalPages pages, OriginGate gate) {
        this.proposals = proposals;
        this.pages = pages;
        this.gate = gate;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        try {
            gate.check(request);
            Optional<StoredProposal> proposal = request.queryParameter("reference")
                    .flatMap(References::parse)
                    .flatMap(proposals::find);
            return proposal.map(pages::confirmation).orElseGet(pages::notFound).toEvent();
        } catch (RuntimeException failure) {
            return pages.errorAnswers(Optional.empty())
                    .of(failure, ResponseFormat.HTML)
                    .toEvent();
        }
    }

    /** Before a SnapStart snapshot: one lookup of a well-formed reference through this handler. Writes nothing. */
    public void prime() {
        handleRequest(PrimingEvents.get(Map.of("reference", "ZZZZ-ZZZZ")), null);
    }
}
