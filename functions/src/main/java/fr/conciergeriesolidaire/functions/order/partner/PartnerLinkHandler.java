package fr.conciergeriesolidaire.functions.order.partner;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.order.LineStatus;
import fr.conciergeriesolidaire.functions.order.PartnerAccess;
import fr.conciergeriesolidaire.functions.order.PartnerLinks;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.util.Map;
import java.util.Optional;

/**
 * A partner's private page, without an account ({@code /api/partenaire/{jeton}}, no authorizer): {@code GET} shows the
 * link's order and the partner's other coming orders, {@code POST} answers for one of its lines (accepted, refused
 * with a reason, ready) on the version shown, then 303 back to the page saying it is done. An answer checks its
 * Origin and its token (bound to the link) before anything is read; a link that opens nothing is not found (404);
 * a refusal without reason is shown again beside its line (400); an order that moved meanwhile is shown as it is now
 * (409). Every answer: no-store, noindex, and no Referer.
 */
public final class PartnerLinkHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final String SHOW = "GET " + PartnerLinks.PATH + "{jeton}";
    static final String ANSWER = "POST " + PartnerLinks.PATH + "{jeton}";

    private final PartnerDesk desk;
    private final PartnerFormGuard guard;
    private final PartnerPages pages;
    private final PartnerFailures failures;
    private final OriginGate gate;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public PartnerLinkHandler() {
        this(PartnerWiring.fromEnvironment());
    }

    PartnerLinkHandler(PartnerWiring wiring) {
        this(wiring.desk(), wiring.formGuard(), wiring.pages(), wiring.failures(), wiring.originGate());
    }

    PartnerLinkHandler(
            PartnerDesk desk, PartnerFormGuard guard, PartnerPages pages, PartnerFailures failures, OriginGate gate) {
        this.desk = desk;
        this.guard = guard;
        this.pages = pages;
        this.failures = failures;
        this.gate = gate;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ScreenRequest request = ScreenRequest.of(event);
        ScreenFrame frame = request.frame();
        try {
            gate.check(request.http());
            String link = request.pathParameter("jeton").orElseThrow(NoSuchRecordException::new);
            if (!request.isChange()) {
                return show(
                                frame,
                                desk.open(link),
                                link,
                                ScreenForm.blank(),
                                PartnerPages.Answered.none(),
                                200,
                                Optional.empty())
                        .toEvent();
            }
            SubmittedFields fields = guard.fields(request.http(), link);
            return answer(frame.withoutFlash(), desk.open(link), link, fields).toEvent();
        } catch (RuntimeException failure) {
            return failures.of(failure, frame).toEvent();
        }
    }

    private HttpResponse answer(ScreenFrame frame, PartnerAccess access, String link, SubmittedFields fields) {
        PartnerPages.Answered answered = PartnerPages.Answered.of(fields);
        try {
            LineStatus given = desk.answer(access, fields);
            return PartnerPages.noReferrer(ScreenAnswers.seeOther(PartnerLinks.PATH + link, PartnerFields.done(given)));
        } catch (InvalidInputException invalid) {
            return show(
                    frame,
                    access,
                    link,
                    PartnerPages.asSent(fields).refused(invalid.errors()),
                    answered,
                    400,
                    Optional.empty());
        } catch (VersionConflictException changedMeanwhile) {
            return show(frame, access, link, ScreenForm.blank(), answered, 409, Optional.of("partner.conflict"));
        } catch (ChangeRefusedException notAnyMore) {
            return show(frame, access, link, ScreenForm.blank(), answered, 409, Optional.of(notAnyMore.messageKey()));
        }
    }

    private HttpResponse show(
            ScreenFrame frame,
            PartnerAccess access,
            String link,
            ScreenForm form,
            PartnerPages.Answered answered,
            int status,
            Optional<String> refusal) {
        return pages.page(
                frame, desk.view(access), link, guard.tokenOf(access.tokenHash()), form, answered, status, refusal);
    }

    /** Before a SnapStart snapshot: a link of the right shape that opens nothing (its hash, one read, the refusal). */
    public void prime() {
        String link = "snapstart-priming-link-opens-nothing-000000";
        handleRequest(
                APIGatewayV2HTTPEvent.builder()
                        .withRouteKey(SHOW)
                        .withRawPath(PartnerLinks.PATH + link)
                        .withPathParameters(Map.of("jeton", link))
                        .withHeaders(Map.of("host", "priming.invalid"))
                        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                        .withMethod("GET")
                                        .withPath(PartnerLinks.PATH + link)
                                        .withSourceIp("192.0.2.1")
                                        .build())
                                .build())
                        .build(),
                null);
    }
}
