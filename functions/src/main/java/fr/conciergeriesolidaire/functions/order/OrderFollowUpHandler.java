package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SecretLinkPages;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's follow-up link: {@code GET /api/orders/follow-up?reference=…&jeton=…} shows the order and its story;
 * {@code GET …/annulation} asks to confirm a cancellation; {@code POST …/annulation} cancels (303 back to the order).
 * The form's defence against other sites is the link's key itself, sent in the body (never in a cookie: nothing rides
 * along with a request another site makes), plus the {@code Origin} check of every form; the version the customer saw
 * guards against a change meanwhile (a partner accepting). Every answer: no-store, noindex, no referrer, no script.
 */
public final class OrderFollowUpHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final String VERSION = "version";

    private final OrderFollowUps followUps;
    private final FormGuard guard;
    private final OriginGate gate;
    private final FollowUpPages pages;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public OrderFollowUpHandler() {
        this(OrderWiring.fromEnvironment());
    }

    private OrderFollowUpHandler(OrderWiring wiring) {
        this(wiring.followUps(), wiring.formGuard(), wiring.originGate(), wiring.followUpPages());
    }

    OrderFollowUpHandler(OrderFollowUps followUps, FormGuard guard, OriginGate gate, FollowUpPages pages) {
        this.followUps = followUps;
        this.guard = guard;
        this.gate = gate;
        this.pages = pages;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        HttpRequest request = HttpRequest.from(event);
        Optional<StoredOrder> opened = Optional.empty();
        String key = "";
        try {
            gate.check(request);
            if ("GET".equals(request.method()) || "HEAD".equals(request.method())) {
                key = request.queryParameter(FollowUpLinks.KEY).orElse("");
                StoredOrder order = followUps.open(
                        request.queryParameter(FollowUpLinks.REFERENCE).orElse(""), key);
                return (request.path().equals(FollowUpLinks.CANCEL_PATH) && order.isCancellableByCustomer()
                                ? pages.confirmCancel(order, key)
                                : pages.followUp(200, order, key, notice(order)))
                        .toEvent();
            }
            guard.checkSecretLinkForm(request);
            SubmittedFields fields = RequestBody.fields(request);
            key = text(fields, FollowUpLinks.KEY);
            opened = Optional.of(followUps.open(text(fields, FollowUpLinks.REFERENCE), key));
            followUps.cancel(opened.get(), version(fields));
            return SecretLinkPages.secured(HttpResponse.seeOther(
                            FollowUpLinks.query(FollowUpLinks.PATH, opened.get().reference(), key)))
                    .toEvent();
        } catch (ChangeRefusedException | VersionConflictException refused) {
            return stateNow(opened.orElseThrow(), key, refused).toEvent();
        } catch (RuntimeException failure) {
            String openedWith = key;
            return pages.refused(
                            failure,
                            opened.map(order -> FollowUpLinks.query(FollowUpLinks.PATH, order.reference(), openedWith)))
                    .toEvent();
        }
    }

    /** The order as it is now, and why nothing changed (409). */
    private HttpResponse stateNow(StoredOrder order, String key, RuntimeException refused) {
        String why =
                refused instanceof ChangeRefusedException change ? change.messageKey() : "followUp.refused.changed";
        try {
            return pages.followUp(409, followUps.open(order.reference(), key), key, Optional.of(why));
        } catch (RuntimeException gone) {
            return pages.refused(gone, Optional.empty());
        }
    }

    /** What to say above an order its customer cancelled: that they did. */
    private static Optional<String> notice(StoredOrder order) {
        return order.status() == OrderStatus.CANCELLED
                        && order.history().stream().anyMatch(entry -> entry.by().equals(HistoryEntry.CUSTOMER))
                ? Optional.of("followUp.notice.cancelled")
                : Optional.empty();
    }

    private static String text(SubmittedFields fields, String name) {
        return fields.text(name, new FieldErrors()).orElse("");
    }

    private static long version(SubmittedFields fields) {
        String version = text(fields, VERSION);
        if (!version.matches("\\d{1,18}")) {
            throw InvalidInputException.unreadable("followUp.refused.malformed");
        }
        return Long.parseLong(version);
    }

    /** Before a SnapStart snapshot: a link that opens nothing (one read of a reference no order has, its page). */
    public void prime() {
        handleRequest(PrimingEvents.get(Map.of(FollowUpLinks.REFERENCE, "ZZZZ-ZZZZ", FollowUpLinks.KEY, "x")), null);
    }
}
