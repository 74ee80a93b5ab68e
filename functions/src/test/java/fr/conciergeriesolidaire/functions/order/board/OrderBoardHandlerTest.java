package fr.conciergeriesolidaire.functions.order.board;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.order.Staff;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/backoffice/commandes and /tournee on in-memory orders: who sees what, the filters, every refusal. */
class OrderBoardHandlerTest {
    private final InMemoryBoard board = new InMemoryBoard();
    private final OrderBoardHandler handler = board.boardHandler();
    private StoredOrder tilleulsTuesday;
    private StoredOrder canalWednesday;
    private StoredOrder tilleulsNextWeek;
    private StoredOrder companyThursday;

    @BeforeEach
    void orders() {
        tilleulsTuesday = board.order("comptoir-tilleuls", "2026-03-03", "16:30-17:00", "Alice");
        canalWednesday = board.order("comptoir-canal", "2026-03-04", "14:00-14:30", "Bruno");
        tilleulsNextWeek = board.order("comptoir-tilleuls", "2026-03-10", "16:00-16:30", "Chloé");
        companyThursday = board.order("site-entreprise-bailleur", "2026-03-05", "12:00-12:30", "Dina");
    }

    @Test
    void givenATeamMember_thenTheBoardShowsEveryCountersOrdersOfTheWeekByDayWithTheirCustomerAndLines() {
        APIGatewayV2HTTPResponse response = board(InMemoryBoard.member(Role.TEAM), Map.of());

        assertThat(assertPrivate(response).getStatusCode()).isEqualTo(200);
        String main = main(response);
        assertThat(main)
                .contains(tilleulsTuesday.reference(), canalWednesday.reference(), companyThursday.reference())
                .doesNotContain(tilleulsNextWeek.reference())
                .contains(
                        "Alice Martin", "06 12 34 56 78", "3 × Repassage d'une chemise", "L'Atelier du Fer à Repasser")
                .contains("mardi 3 mars 2026", "Comptoir des Tilleuls", "Reçue", "en attente de réponse");
        assertThat(page(response).select("main p[role=status]").text()).matches("3\\s+commandes\\.");
        assertThat(main.indexOf("mardi 3 mars")).isLessThan(main.indexOf("mercredi 4 mars"));
        assertThat(page(response).select("a[href='/api/backoffice/commandes/" + tilleulsTuesday.reference() + "']"))
                .hasSize(1);
    }

    @Test
    void givenAConcierge_thenTheBoardShowsOnlyTheirCountersAndOffersOnlyThemToChoose() {
        APIGatewayV2HTTPResponse response =
                board(InMemoryBoard.member(Role.COUNTER, "comptoir-tilleuls"), Map.of("jours", "14"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(main(response))
                .contains(tilleulsTuesday.reference(), tilleulsNextWeek.reference())
                .doesNotContain(canalWednesday.reference(), companyThursday.reference(), "Bruno", "Dina");
        assertThat(page(response).select("select#comptoir option"))
                .extracting(option -> option.attr("value"))
                .containsExactly("", "comptoir-tilleuls");
    }

    @Test
    void givenAConciergeAskingForAnotherCounter_thenRefused403AndNothingOfItShown() {
        APIGatewayV2HTTPResponse response =
                board(InMemoryBoard.member(Role.COUNTER, "comptoir-tilleuls"), Map.of("comptoir", "comptoir-canal"));

        assertThat(assertPrivate(response).getStatusCode()).isEqualTo(403);
        assertThat(response.getBody())
                .doesNotContain(canalWednesday.reference())
                .doesNotContain("Bruno");
        APIGatewayV2HTTPResponse sheet = handler.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.get(
                                OrderBoardHandler.ROUND_SHEET, Map.of(), Map.of("comptoir", "comptoir-canal")),
                        InMemoryBoard.member(Role.COUNTER, "comptoir-tilleuls")),
                null);
        assertThat(sheet.getStatusCode()).isEqualTo(403);
        assertThat(sheet.getBody()).doesNotContain(canalWednesday.reference());
    }

    @Test
    void givenAnUnknownCounter_thenNotFound() {
        assertThat(board(InMemoryBoard.member(Role.ADMIN), Map.of("comptoir", "comptoir-inconnu"))
                        .getStatusCode())
                .isEqualTo(404);
    }

    @Test
    void givenAStageFilter_thenOnlyOrdersAtThatStageAreShown() {
        board.life.markReady(canalWednesday.reference(), 1, new Staff("membre-a", "Alix"));

        APIGatewayV2HTTPResponse response = board(InMemoryBoard.member(Role.ADMIN), Map.of("statut", "prete"));

        assertThat(main(response))
                .contains(canalWednesday.reference(), "Prête")
                .doesNotContain(tilleulsTuesday.reference(), companyThursday.reference());
        assertThat(page(response).select("select#statut option[selected]").attr("value"))
                .isEqualTo("prete");
    }

    @Test
    void givenWrongFilters_thenEachIsRefusedBesideItsField400AndTheFormKeepsWhatWasAsked() {
        APIGatewayV2HTTPResponse response =
                board(InMemoryBoard.member(Role.TEAM), Map.of("du", "2026-02-30", "jours", "5", "statut", "perdue"));

        assertThat(assertPrivate(response).getStatusCode()).isEqualTo(400);
        var page = page(response);
        assertThat(page.select("#du-erreur").text()).isEqualTo("Cette date n'existe pas.");
        assertThat(page.select("#jours-erreur").text()).isEqualTo("Choisissez une des durées proposées.");
        assertThat(page.select("#statut-erreur").text()).isEqualTo("Choisissez une des étapes proposées.");
        assertThat(page.select("#du").attr("value"))
                .as("no date a date field cannot show")
                .isEmpty();
        assertThat(page.select(".error-summary a"))
                .extracting(link -> link.attr("href"))
                .contains("#du", "#jours", "#statut");
        assertThat(main(response)).doesNotContain(tilleulsTuesday.reference());
        assertThat(board(InMemoryBoard.member(Role.TEAM), Map.of("du", "10/03/2026"))
                        .getStatusCode())
                .isEqualTo(400);
        assertThat(board(InMemoryBoard.member(Role.TEAM), Map.of("du", "2030-03-10"))
                        .getStatusCode())
                .isEqualTo(400);
    }

    @Test
    void givenNoOrderOnTheDaysAsked_thenTheBoardSaysSo() {
        APIGatewayV2HTTPResponse response =
                board(InMemoryBoard.member(Role.TEAM), Map.of("du", "2026-04-01", "jours", "1"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(main(response)).contains("Aucune commande pour ces jours à ces comptoirs.");
    }

    @Test
    void givenTheRoundSheetOfADay_thenEachCounterHasItsDropOffsToCollectAndItsReadyOrdersToGiveBack() {
        board.life.markReady(tilleulsTuesday.reference(), 1, new Staff("membre-a", "Alix"));
        StoredOrder sameDay = board.order("comptoir-tilleuls", "2026-03-10", "17:00-17:30", "Eve");

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.get(
                                OrderBoardHandler.ROUND_SHEET,
                                Map.of(),
                                Map.of("comptoir", "comptoir-tilleuls", "du", "2026-03-10")),
                        InMemoryBoard.member(Role.COUNTER, "comptoir-tilleuls")),
                null);

        assertThat(assertPrivate(response).getStatusCode()).isEqualTo(200);
        var sheets = page(response).select("section.round-sheet");
        assertThat(sheets).hasSize(1);
        var tables = sheets.get(0).select("table");
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).text()).contains(tilleulsNextWeek.reference(), sameDay.reference(), "Chloé Martin");
        assertThat(tables.get(1).text()).contains(tilleulsTuesday.reference()).doesNotContain(sameDay.reference());
        assertThat(tables.select(".round-box")).hasSize(3);
    }

    @Test
    void givenATeamMembersRoundSheet_thenOnePagePerCounterEvenWithNothingToDo() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.get(OrderBoardHandler.ROUND_SHEET, Map.of(), Map.of("du", "2026-03-03")),
                        InMemoryBoard.member(Role.TEAM)),
                null);

        assertThat(page(response).select("section.round-sheet")).hasSize(3);
        assertThat(main(response)).contains("Aucun dépôt prévu ce jour.", tilleulsTuesday.reference());
    }

    @Test
    void givenNoMemberInTheContext_thenRefused401() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(BackOfficeEvents.get(OrderBoardHandler.BOARD), null);

        assertThat(assertPrivate(response).getStatusCode()).isEqualTo(401);
    }

    @Test
    void givenARequestThatDidNotComeThroughCloudFront_thenRefused403() {
        OrderBoardHandler behindCloudFront = new OrderBoardHandler(
                new OrderBoard(board.orders),
                new BoardFilters(fr.conciergeriesolidaire.functions.catalog.PackagedSiteData.data()),
                board.boardPages(),
                OriginGate.of(Optional.of("secret-de-cloudfront-de-32-caracteres-au-moins")),
                board.clock,
                InMemoryBoard.ZONE);

        APIGatewayV2HTTPResponse response = behindCloudFront.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.get(OrderBoardHandler.BOARD), InMemoryBoard.member(Role.ADMIN)),
                null);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getBody()).doesNotContain(tilleulsTuesday.reference());
    }

    @Test
    void givenTheSnapStartPriming_thenItReadsNothingRealAndChangesNothing() {
        handler.prime();

        assertThat(board.orders.stored()).hasSize(4);
        assertThat(board.orders.stored().values())
                .allSatisfy(order -> assertThat(order.version()).isEqualTo(1));
    }

    private APIGatewayV2HTTPResponse board(SignedInMember member, Map<String, String> query) {
        APIGatewayV2HTTPEvent event =
                BackOfficeEvents.signedIn(BackOfficeEvents.get(OrderBoardHandler.BOARD, Map.of(), query), member);
        return handler.handleRequest(event, null);
    }
}
