package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/backoffice/commandes}: the board of orders by day and counter, filtered by its address ({@code
 * comptoir}, {@code du}, {@code jours}, {@code statut}); {@code GET /api/backoffice/tournee}: the printable round
 * sheet of a day ({@code comptoir}, {@code du}), one page per counter. Every role; a concierge only their counters.
 * Reads only: one query per counter and day.
 */
public final class OrderBoardHandler extends GuardedScreen {
    static final String BOARD = "GET " + BoardPaths.ORDERS;
    static final String ROUND_SHEET = "GET " + BoardPaths.ROUND_SHEET;

    private final OrderBoard board;
    private final BoardFilters filters;
    private final BoardPages pages;
    private final Clock clock;
    private final ZoneId zone;

    /** What Lambda calls: the feature built from the function's environment. */
    public OrderBoardHandler() {
        this(BoardWiring.fromEnvironment());
    }

    OrderBoardHandler(BoardWiring wiring) {
        this(wiring.board(), wiring.filters(), wiring.boardPages(), wiring.originGate(), wiring.clock(), wiring.zone());
    }

    OrderBoardHandler(
            OrderBoard board, BoardFilters filters, BoardPages pages, OriginGate gate, Clock clock, ZoneId zone) {
        super(gate, Role.ADMIN, Role.TEAM, Role.COUNTER);
        this.board = board;
        this.filters = filters;
        this.pages = pages;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember member) {
        return show(request, member);
    }

    private HttpResponse show(ScreenRequest request, SignedInMember member) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Map<String, String> query = request.http().query();
        ScreenFrame frame = request.frame();
        BoardPages.Filters asked = BoardPages.Filters.of(query, today);
        boolean roundSheet = switch (request.route()) {
            case BOARD -> false;
            case ROUND_SHEET -> true;
            default -> throw new NoSuchRecordException();
        };
        try {
            if (roundSheet) {
                BoardFilter filter = filters.roundSheet(request.http(), member, today);
                return pages.roundSheet(frame, asked, filters.choices(member), board.roundSheets(filter), 200);
            }
            BoardFilter filter = filters.board(request.http(), member, today);
            return pages.board(frame, asked, filters.choices(member), board.days(filter), 200);
        } catch (InvalidInputException invalid) {
            BoardPages.Filters refused = asked.refused(invalid.errors());
            return roundSheet
                    ? pages.roundSheet(frame.withoutFlash(), refused, filters.choices(member), List.of(), 400)
                    : pages.board(frame.withoutFlash(), refused, filters.choices(member), List.of(), 400);
        }
    }

    /** Before a SnapStart snapshot: both pages for a concierge of no real counter, and one query that finds nothing. */
    @Override
    public void prime() {
        handleRequest(BoardPriming.get(BOARD, Map.of(), Map.of()), null);
        handleRequest(BoardPriming.get(ROUND_SHEET, Map.of(), Map.of()), null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        board.days(new BoardFilter(List.of(BoardPriming.counter()), today, 1, Optional.empty()));
    }
}
