package fr.conciergeriesolidaire.functions.order.board;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.order.HistoryEntry;
import fr.conciergeriesolidaire.functions.order.OrderStatus;
import fr.conciergeriesolidaire.functions.order.Staff;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An order's page and its changes on in-memory orders: what it shows, each change, and every refusal. */
class OrderPageHandlerTest {
    private final InMemoryBoard board = new InMemoryBoard();
    private final OrderPageHandler handler = board.pageHandler();
    private final StoredOrder order = board.order("comptoir-tilleuls", "2026-03-03", "16:30-17:00", "Alice");
    private final SignedInMember concierge = InMemoryBoard.member(Role.COUNTER, "comptoir-tilleuls");

    @Test
    void givenAnOrder_thenItsPageShowsAllItHoldsTheChangesItsStateAllowsAndItsTrail() {
        APIGatewayV2HTTPResponse response = show(concierge);

        assertThat(assertPrivate(response).getStatusCode()).isEqualTo(200);
        assertThat(main(response))
                .contains("Commande " + order.reference(), "Reçue", "Comptoir des Tilleuls", "mardi 3 mars 2026")
                .contains("Alice Martin", "06 12 34 56 78", "alice@exemple.fr")
                .contains("3 × Repassage d'une chemise", "L'Atelier du Fer à Repasser", "en attente de réponse")
                .contains("Marquer la commande prête", "Annuler la commande")
                .doesNotContain("Marquer la commande remise")
                .contains("Client : commande reçue");
        var page = page(response);
        assertThat(page.select("form[action$=/prete] input[name=csrf]").attr("value"))
                .isEqualTo(concierge.csrfToken());
        assertThat(page.select("form[action$=/prete] input[name=version]").attr("value"))
                .isEqualTo("1");
    }

    @Test
    void givenAConciergeMarkingTheOrderReady_thenItIsReadyTheTrailNamesThemAndThePageSaysSo() {
        APIGatewayV2HTTPResponse response = post(OrderPageHandler.READY, concierge, Map.of("version", "1"));

        assertThat(location(assertPrivate(response)))
                .isEqualTo("/api/backoffice/commandes/" + order.reference() + "?fait=commande-prete");
        StoredOrder ready = board.stored(order.reference());
        assertThat(ready.status()).isEqualTo(OrderStatus.READY);
        assertThat(ready.history()).singleElement().satisfies(entry -> {
            assertThat(entry.by()).isEqualTo(concierge.memberId());
            assertThat(entry.byName()).contains(concierge.name());
            assertThat(entry.from()).isEqualTo("RECEIVED");
            assertThat(entry.to()).isEqualTo("READY");
        });
        APIGatewayV2HTTPResponse shown = handler.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.get(
                                OrderPageHandler.SHOW,
                                Map.of("reference", order.reference()),
                                Map.of("fait", "commande-prete")),
                        concierge),
                null);
        assertThat(main(shown))
                .contains("La commande est prête", "le client est prévenu par e-mail")
                .contains(concierge.name() + " : Reçue → Prête")
                .contains("Marquer la commande remise au client")
                .doesNotContain("Marquer la commande prête");
    }

    @Test
    void givenAReadyOrder_whenGivenBack_thenItIsClosedAndOffersNothingMore() {
        board.life.markReady(order.reference(), 1, new Staff("membre-a", "Alix"));

        APIGatewayV2HTTPResponse response = post(OrderPageHandler.GIVEN_BACK, concierge, Map.of("version", "2"));

        assertThat(location(response)).endsWith("?fait=commande-remise");
        assertThat(board.stored(order.reference()).status()).isEqualTo(OrderStatus.GIVEN_BACK);
        assertThat(main(show(concierge)))
                .contains("Remise")
                .doesNotContain("Annuler la commande", "Marquer la commande");
    }

    @Test
    void givenACancellationWithItsReason_thenTheOrderIsCancelledAndTheReasonKeptInTheTrail() {
        APIGatewayV2HTTPResponse response = post(
                OrderPageHandler.CANCEL,
                InMemoryBoard.member(Role.TEAM),
                Map.of("version", "1", "reason", "Client absent"));

        assertThat(location(response)).endsWith("?fait=commande-annulee");
        StoredOrder cancelled = board.stored(order.reference());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.history()).extracting(HistoryEntry::reason).containsExactly(Optional.of("Client absent"));
        assertThat(main(show(concierge))).contains("Annulée", "(motif : Client absent)");
    }

    @Test
    void givenACancellationWithoutReason_thenRefused400BesideTheFieldAndNothingChanged() {
        APIGatewayV2HTTPResponse response =
                post(OrderPageHandler.CANCEL, concierge, Map.of("version", "1", "reason", "   "));

        assertThat(assertPrivate(response).getStatusCode()).isEqualTo(400);
        var page = page(response);
        assertThat(page.select("#reason-erreur").text()).isEqualTo("Indiquez le motif : il sera transmis au client.");
        assertThat(page.select("#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".error-summary a[href=#reason]")).hasSize(1);
        assertUnchanged();
    }

    @Test
    void givenAReasonTooLong_thenRefused400AndWhatWasTypedStays() {
        String typed = "x".repeat(301);

        APIGatewayV2HTTPResponse response =
                post(OrderPageHandler.CANCEL, concierge, Map.of("version", "1", "reason", typed));

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(page(response).select("#reason").text()).isEqualTo(typed);
        assertUnchanged();
    }

    @Test
    void givenAFormWithoutItsVersion_thenRefused400AndNothingChanged() {
        assertThat(post(OrderPageHandler.READY, concierge, Map.of()).getStatusCode())
                .isEqualTo(400);
        assertThat(post(OrderPageHandler.READY, concierge, Map.of("version", "douze"))
                        .getStatusCode())
                .isEqualTo(400);
        assertUnchanged();
    }

    @Test
    void givenTwoMembersOnTheSameVersion_thenTheSecondIsRefused409AndSeesTheOrderAsItIsNow() {
        board.life.cancel(order.reference(), 1, new Staff("membre-b", "Bea"), "Client injoignable");

        APIGatewayV2HTTPResponse response = post(OrderPageHandler.READY, concierge, Map.of("version", "1"));

        assertThat(assertPrivate(response).getStatusCode()).isEqualTo(409);
        assertThat(page(response).select("main [role=alert]").text())
                .startsWith("Cette commande n'est plus à l'étape « reçue »")
                .endsWith("rechargez-la.");
        assertThat(main(response)).contains("Annulée", "Bea : Reçue → Annulée", "Client injoignable");
        StoredOrder now = board.stored(order.reference());
        assertThat(now.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(now.version()).isEqualTo(2);
    }

    @Test
    void givenAVersionSeenBeforeAnotherChange_thenRefused409WithoutOverwriting() {
        board.life.answer(
                order.reference(),
                1,
                order.request().lines().get(0).partnerId(),
                0,
                fr.conciergeriesolidaire.functions.order.LineStatus.ACCEPTED,
                Optional.empty());

        APIGatewayV2HTTPResponse response =
                post(OrderPageHandler.CANCEL, concierge, Map.of("version", "1", "reason", "Erreur de saisie"));

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(main(response)).contains("Quelqu'un d'autre a modifié cette commande entre-temps", "acceptée");
        assertThat(board.stored(order.reference()).status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(board.stored(order.reference()).version()).isEqualTo(2);
    }

    @Test
    void givenAConciergeOfAnotherCounter_thenTheOrderDoesNotExistForThemReadOrChanged() {
        SignedInMember other = InMemoryBoard.member(Role.COUNTER, "comptoir-canal");

        APIGatewayV2HTTPResponse read = show(other);
        APIGatewayV2HTTPResponse changed = post(OrderPageHandler.READY, other, Map.of("version", "1"));
        APIGatewayV2HTTPResponse cancelled =
                post(OrderPageHandler.CANCEL, other, Map.of("version", "1", "reason", "Pour voir"));

        assertThat(assertPrivate(read).getStatusCode()).isEqualTo(404);
        assertThat(read.getBody())
                .doesNotContain("Alice")
                .doesNotContain(order.request().customer().contact().phone());
        assertThat(changed.getStatusCode()).isEqualTo(404);
        assertThat(cancelled.getStatusCode()).isEqualTo(404);
        assertUnchanged();
    }

    @Test
    void givenAnUnknownOrMalformedReference_thenNotFound() {
        assertThat(handler.handleRequest(
                                BackOfficeEvents.signedIn(
                                        BackOfficeEvents.get(
                                                OrderPageHandler.SHOW, Map.of("reference", "ZZZZ-ZZZZ"), Map.of()),
                                        concierge),
                                null)
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(handler.handleRequest(
                                BackOfficeEvents.signedIn(
                                        BackOfficeEvents.get(
                                                OrderPageHandler.SHOW, Map.of("reference", "<script>"), Map.of()),
                                        concierge),
                                null)
                        .getStatusCode())
                .isEqualTo(404);
    }

    @Test
    void givenAFormWithoutItsTokenWithAWrongOneOrFromAnotherOrigin_thenRefused403AndNothingChanged() {
        Map<String, String> noToken = Map.of("version", "1");
        Map<String, String> wrongToken = Map.of("version", "1", "csrf", "pas-le-bon");
        Map<String, String> rightToken = Map.of("version", "1", "csrf", concierge.csrfToken());

        for (var event : java.util.List.of(
                BackOfficeEvents.post(OrderPageHandler.READY, Map.of("reference", order.reference()), noToken),
                BackOfficeEvents.post(OrderPageHandler.READY, Map.of("reference", order.reference()), wrongToken),
                BackOfficeEvents.post(
                        OrderPageHandler.READY,
                        Map.of("reference", order.reference()),
                        rightToken,
                        "https://evil.example"),
                BackOfficeEvents.post(
                        OrderPageHandler.READY, Map.of("reference", order.reference()), rightToken, null))) {
            APIGatewayV2HTTPResponse response =
                    handler.handleRequest(BackOfficeEvents.signedIn(event, concierge), null);
            assertThat(assertPrivate(response).getStatusCode()).isEqualTo(403);
        }
        assertUnchanged();
    }

    @Test
    void givenNoMember_thenRefused401() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                BackOfficeEvents.post(
                        OrderPageHandler.READY, Map.of("reference", order.reference()), Map.of("version", "1")),
                null);

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertUnchanged();
    }

    @Test
    void givenTheSnapStartPriming_thenNothingIsChanged() {
        handler.prime();

        assertUnchanged();
    }

    private void assertUnchanged() {
        StoredOrder now = board.stored(order.reference());
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(now.history()).isEmpty();
    }

    private APIGatewayV2HTTPResponse show(SignedInMember member) {
        return handler.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.get(OrderPageHandler.SHOW, Map.of("reference", order.reference()), Map.of()),
                        member),
                null);
    }

    /** A form of the order's page, posted with the member's token. */
    private APIGatewayV2HTTPResponse post(String route, SignedInMember member, Map<String, String> fields) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put("csrf", member.csrfToken());
        return handler.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.post(route, Map.of("reference", order.reference()), withToken), member),
                null);
    }
}
