package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import java.util.Map;
import java.util.Optional;

/**
 * An order for the team: {@code GET /api/backoffice/commandes/{reference}} (all it holds and its audit trail), and
 * its changes, each a form posted on the version shown: {@code POST …/prete} (back at the counter: the customer is
 * told), {@code …/remise} (given back), {@code …/annulation} (with a reason: the customer and the partners are told).
 * Every role, a concierge only for their counters' orders (another's is not found). A change checks the form's Origin
 * and CSRF token before anything is read, then answers 303 to the order's page saying it is done, or the page again
 * with the reason's error (400), or with the order as it is now when it moved meanwhile (409).
 */
public final class OrderPageHandler extends GuardedScreen {
    static final String SHOW = "GET " + BoardPaths.ORDERS + "/{reference}";
    static final String READY = "POST " + BoardPaths.ORDERS + "/{reference}" + BoardPaths.READY;
    static final String GIVEN_BACK = "POST " + BoardPaths.ORDERS + "/{reference}" + BoardPaths.GIVEN_BACK;
    static final String CANCEL = "POST " + BoardPaths.ORDERS + "/{reference}" + BoardPaths.CANCELLED;

    private final StaffOrders orders;
    private final OrderPagePages pages;
    private final FormGuard guard;

    /** What Lambda calls: the feature built from the function's environment. */
    public OrderPageHandler() {
        this(BoardWiring.fromEnvironment());
    }

    OrderPageHandler(BoardWiring wiring) {
        this(wiring.staffOrders(), wiring.orderPages(), wiring.formGuard(), wiring.originGate());
    }

    OrderPageHandler(StaffOrders orders, OrderPagePages pages, FormGuard guard, OriginGate gate) {
        super(gate, Role.ADMIN, Role.TEAM, Role.COUNTER);
        this.orders = orders;
        this.pages = pages;
        this.guard = guard;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember member) {
        Optional<String> reference = request.pathParameter("reference").flatMap(References::parse);
        if (!request.isChange()) {
            if (!SHOW.equals(request.route())) {
                throw new NoSuchRecordException();
            }
            String shown = reference.orElseThrow(NoSuchRecordException::new);
            return pages.order(request.frame(), orders.find(member, shown), ScreenForm.blank(), 200, Optional.empty());
        }
        SubmittedFields fields = request.form(guard);
        return change(request, member, reference.orElseThrow(NoSuchRecordException::new), fields);
    }

    private HttpResponse change(
            ScreenRequest request, SignedInMember member, String reference, SubmittedFields fields) {
        ScreenFrame frame = request.frame().withoutFlash();
        try {
            String done = switch (request.route()) {
                case READY -> {
                    orders.markReady(member, reference, fields);
                    yield "commande-prete";
                }
                case GIVEN_BACK -> {
                    orders.giveBack(member, reference, fields);
                    yield "commande-remise";
                }
                case CANCEL -> {
                    orders.cancel(member, reference, fields);
                    yield "commande-annulee";
                }
                default -> throw new NoSuchRecordException();
            };
            return ScreenAnswers.seeOther(OrderViews.path(reference), done);
        } catch (InvalidInputException invalid) {
            return pages.order(
                    frame,
                    orders.find(member, reference),
                    OrderPagePages.cancelAsSent(fields).refused(invalid.errors()),
                    400,
                    Optional.empty());
        } catch (VersionConflictException changedMeanwhile) {
            return pages.order(
                    frame, orders.find(member, reference), ScreenForm.blank(), 409, Optional.of("order.page.conflict"));
        } catch (ChangeRefusedException notAnyMore) {
            return pages.order(
                    frame,
                    orders.find(member, reference),
                    ScreenForm.blank(),
                    409,
                    Optional.of(notAnyMore.messageKey()));
        }
    }

    /** Before a SnapStart snapshot: the page of an order no table has (one read finding nothing, its refusal). */
    @Override
    public void prime() {
        handleRequest(BoardPriming.get(SHOW, Map.of("reference", "ZZZZ-ZZZZ"), Map.of()), null);
    }
}
