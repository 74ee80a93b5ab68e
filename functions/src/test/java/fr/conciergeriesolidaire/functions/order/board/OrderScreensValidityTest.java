package fr.conciergeriesolidaire.functions.order.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.order.LineStatus;
import fr.conciergeriesolidaire.functions.order.Staff;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import fr.conciergeriesolidaire.functions.testing.ValidPages;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every page of the team's order screens, in every state a person can meet, valid in the site's real shell. */
class OrderScreensValidityTest {
    private final InMemoryBoard board = new InMemoryBoard();
    private final OrderBoardHandler boards = board.boardHandler();
    private final OrderPageHandler pages = board.pageHandler();
    private final SignedInMember team = InMemoryBoard.member(Role.TEAM);
    private final SignedInMember concierge = InMemoryBoard.member(Role.COUNTER, "comptoir-tilleuls");

    @Test
    void givenEveryPageAndStateThenEachIsValidHtmlWithOneHeadingAndLabelledControls() {
        Map<String, APIGatewayV2HTTPResponse> shown = new LinkedHashMap<>();
        shown.put("board, empty", board(team, Map.of()));
        StoredOrder received = board.order("comptoir-tilleuls", "2026-03-03", "16:30-17:00", "Alice");
        StoredOrder ready = board.order("comptoir-tilleuls", "2026-03-03", "17:00-17:30", "Bruno");
        StoredOrder refused = board.order("comptoir-canal", "2026-03-04", "14:00-14:30", "Chloé");
        StoredOrder givenBack = board.order("comptoir-tilleuls", "2026-03-05", "16:00-16:30", "Dina");
        StoredOrder cancelled = board.order("site-entreprise-bailleur", "2026-03-05", "12:00-12:30", "Eve");
        Staff alix = new Staff("membre-a", "Alix");
        board.life.markReady(ready.reference(), 1, alix);
        board.life.answer(
                refused.reference(),
                1,
                refused.request().lines().get(0).partnerId(),
                0,
                LineStatus.REFUSED,
                Optional.of("Machine en panne"));
        board.life.markReady(givenBack.reference(), 1, alix);
        board.life.giveBack(givenBack.reference(), 2, alix);
        board.life.cancel(cancelled.reference(), 1, alix, "Client absent <pas de balise>");

        shown.put("board, full", board(team, Map.of()));
        shown.put("board, a concierge's", board(concierge, Map.of()));
        shown.put("board, one stage", board(team, Map.of("statut", "prete", "jours", "14")));
        shown.put("board, wrong filters", board(team, Map.of("du", "demain", "jours", "0", "statut", "x")));
        shown.put("round sheet", roundSheet(team, Map.of("du", "2026-03-05")));
        shown.put("round sheet, a concierge's", roundSheet(concierge, Map.of("du", "2026-03-03")));
        shown.put("round sheet, wrong day", roundSheet(team, Map.of("du", "2026-13-01")));
        shown.put("order, received", order(received, Map.of()));
        shown.put("order, ready, said so", order(ready, Map.of("fait", "commande-prete")));
        shown.put("order, a line refused", order(refused, Map.of()));
        shown.put("order, given back", order(givenBack, Map.of()));
        shown.put("order, cancelled", order(cancelled, Map.of()));
        shown.put("order, no reason", post(OrderPageHandler.CANCEL, received, Map.of("version", "1", "reason", "")));
        shown.put(
                "order, conflict", post(OrderPageHandler.CANCEL, refused, Map.of("version", "1", "reason", "Doublon")));
        shown.put("order, not any more", post(OrderPageHandler.READY, ready, Map.of("version", "2")));
        shown.put("order, another counter's", orderAs(concierge, refused, Map.of()));
        shown.put("board, another counter's", board(concierge, Map.of("comptoir", "site-entreprise-bailleur")));

        ValidPages.assertEach(shown);
        assertThat(shown.get("order, no reason").getStatusCode()).isEqualTo(400);
        assertThat(shown.get("order, conflict").getStatusCode()).isEqualTo(409);
        assertThat(shown.get("order, not any more").getStatusCode()).isEqualTo(409);
        assertThat(shown.get("board, wrong filters").getStatusCode()).isEqualTo(400);
        assertThat(shown.get("round sheet, wrong day").getStatusCode()).isEqualTo(400);
        assertThat(shown.get("board, another counter's").getStatusCode()).isEqualTo(403);
        assertThat(shown.get("order, another counter's").getStatusCode()).isEqualTo(404);
    }

    private APIGatewayV2HTTPResponse board(SignedInMember member, Map<String, String> query) {
        return boards.handleRequest(
                BackOfficeEvents.signedIn(BackOfficeEvents.get(OrderBoardHandler.BOARD, Map.of(), query), member),
                null);
    }

    private APIGatewayV2HTTPResponse roundSheet(SignedInMember member, Map<String, String> query) {
        return boards.handleRequest(
                BackOfficeEvents.signedIn(BackOfficeEvents.get(OrderBoardHandler.ROUND_SHEET, Map.of(), query), member),
                null);
    }

    /** As the team sees it (the concierge's counter's orders as the concierge does, the others as the team). */
    private APIGatewayV2HTTPResponse order(StoredOrder order, Map<String, String> query) {
        return orderAs(order.request().counterId().equals("comptoir-tilleuls") ? concierge : team, order, query);
    }

    private APIGatewayV2HTTPResponse orderAs(SignedInMember member, StoredOrder order, Map<String, String> query) {
        APIGatewayV2HTTPEvent event =
                BackOfficeEvents.get(OrderPageHandler.SHOW, Map.of("reference", order.reference()), query);
        return pages.handleRequest(BackOfficeEvents.signedIn(event, member), null);
    }

    private APIGatewayV2HTTPResponse post(String route, StoredOrder order, Map<String, String> fields) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put("csrf", team.csrfToken());
        return pages.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.post(route, Map.of("reference", order.reference()), withToken), team),
                null);
    }
}
