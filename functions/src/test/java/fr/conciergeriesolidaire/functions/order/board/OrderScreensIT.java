package fr.conciergeriesolidaire.functions.order.board;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.order.OrderJson;
import fr.conciergeriesolidaire.functions.order.WithOrderWorld;
import fr.conciergeriesolidaire.functions.testing.Concurrently;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The team's order screens as template.yaml builds their functions, on dynalite and aws-ses-v2-local: the board from
 * its index, a change and its customer e-mail sent at once (or by the sweeper after an outage), once, and the
 * refusals holding against real storage.
 */
class OrderScreensIT extends WithOrderWorld {
    private static final Map<String, Integer> SHIRTS = Map.of("repassage-chemise", 2);

    private final SignedInMember concierge = InMemoryBoard.member(Role.COUNTER, "comptoir-tilleuls");
    private OrderBoardHandler board;
    private OrderPageHandler pages;

    @BeforeAll
    void handlers() {
        board = new OrderBoardHandler(wiring("OrderBoardFunction"));
        pages = new OrderPageHandler(wiring("OrderPageFunction"));
    }

    @Test
    void givenOrdersAtSeveralCounters_thenAConciergesBoardFindsTheirsThroughTheIndexAndNoOneElses() {
        String tilleuls = world.place(clock, "comptoir-tilleuls", "2026-03-05", "16:00-16:30", "Agathe", SHIRTS);
        String canal = world.place(clock, "comptoir-canal", "2026-03-04", "14:30-15:00", "Basile", SHIRTS);

        APIGatewayV2HTTPResponse theirs = get(OrderBoardHandler.BOARD, concierge, Map.of());
        APIGatewayV2HTTPResponse everyone = get(OrderBoardHandler.BOARD, InMemoryBoard.member(Role.TEAM), Map.of());

        assertThat(main(theirs)).contains(tilleuls, "Agathe Martin").doesNotContain(canal, "Basile");
        assertThat(main(everyone)).contains(tilleuls, canal);
    }

    @Test
    void givenAConciergeMarkingAnOrderReady_thenTheCustomerIsToldAtOnceOnceAndTheTrailKeepsTheirName() {
        String reference = notifiedOrder("Capucine");

        APIGatewayV2HTTPResponse response = post(OrderPageHandler.READY, reference, concierge, Map.of("version", "1"));
        world.sweep(clock);
        clock.advance(Duration.ofMinutes(10));
        world.sweep(clock);

        assertThat(location(response)).endsWith("?fait=commande-prete");
        assertThat(toCustomer("Capucine"))
                .extracting(SentMail::subject)
                .containsExactly("Votre commande " + reference + " est prête");
        Map<String, AttributeValue> stored = world.storedOrder(reference);
        assertThat(stored.get("status").s()).isEqualTo("READY");
        assertThat(stored.get("history").l()).singleElement().satisfies(entry -> {
            assertThat(entry.m().get("by").s()).isEqualTo(concierge.memberId());
            assertThat(entry.m().get("byName").s()).isEqualTo(concierge.name());
        });
        assertThat(stored).doesNotContainKey("notificationsDue");
    }

    @Test
    void givenTheMailServiceDownWhenAnOrderIsCancelled_thenTheChangeHoldsAndTheSweeperTellsTheCustomerOnceLater() {
        assumeTrue(world.emulators().mail().isChildProcess(), "SES given from outside: no outage to simulate");
        String reference = notifiedOrder("Daphné");
        world.emulators().mail().stop();

        APIGatewayV2HTTPResponse response = post(
                OrderPageHandler.CANCEL,
                reference,
                InMemoryBoard.member(Role.TEAM),
                Map.of("version", "1", "reason", "Comptoir fermé pour travaux"));

        assertThat(location(response)).endsWith("?fait=commande-annulee");
        Map<String, AttributeValue> stored = world.storedOrder(reference);
        assertThat(stored.get("status").s()).isEqualTo("CANCELLED");
        assertThat(stored.get("notifications")
                        .m()
                        .get("customer:cancelled")
                        .m()
                        .get("state")
                        .s())
                .isEqualTo("PENDING");
        assertThat(stored).containsKey("notificationsDue");

        world.emulators().mail().start();
        world.sweep(clock);
        assertThat(toCustomer("Daphné")).as("not before the retry delay").isEmpty();
        clock.advance(Duration.ofMinutes(2));
        world.sweep(clock);
        world.sweep(clock);

        assertThat(toCustomer("Daphné")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Votre commande " + reference + " est annulée");
            assertThat(mail.text()).contains("Motif\u00a0: Comptoir fermé pour travaux");
        });
        assertThat(world.sentMails())
                .filteredOn(mail ->
                        mail.subject().contains(reference) && mail.subject().contains("annulée"))
                .as("the customer and each partner, once")
                .hasSize(2);
        assertThat(world.storedOrder(reference)).doesNotContainKey("notificationsDue");
    }

    @Test
    void givenTwoMembersChangingAnOrderAtOnce_thenOneWinsTheOtherIsRefused409AndTheCustomerGetsOneEMail()
            throws Exception {
        String reference = notifiedOrder("Elias");

        List<APIGatewayV2HTTPResponse> answers = Concurrently.run(
                2,
                index -> () -> index == 0
                        ? post(OrderPageHandler.READY, reference, concierge, Map.of("version", "1"))
                        : post(
                                OrderPageHandler.CANCEL,
                                reference,
                                InMemoryBoard.member(Role.TEAM),
                                Map.of("version", "1", "reason", "Doublon")));

        assertThat(answers).extracting(APIGatewayV2HTTPResponse::getStatusCode).containsExactlyInAnyOrder(303, 409);
        assertThat(world.storedOrder(reference).get("version").n()).isEqualTo("2");
        assertThat(toCustomer("Elias")).hasSize(1);
    }

    @Test
    void givenAConciergeOfAnotherCounter_thenTheOrderCannotBeReadNorChangedOnRealStorage() {
        String reference = notifiedOrder("Flore");
        SignedInMember other = InMemoryBoard.member(Role.COUNTER, "comptoir-canal");

        APIGatewayV2HTTPResponse read = pages.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.get(OrderPageHandler.SHOW, Map.of("reference", reference), Map.of()), other),
                null);
        APIGatewayV2HTTPResponse changed = post(OrderPageHandler.READY, reference, other, Map.of("version", "1"));

        assertThat(read.getStatusCode()).isEqualTo(404);
        assertThat(read.getBody()).doesNotContain("Flore");
        assertThat(changed.getStatusCode()).isEqualTo(404);
        assertThat(world.storedOrder(reference).get("version").n()).isEqualTo("1");
        assertThat(toCustomer("Flore")).isEmpty();
    }

    @Test
    void givenTheRoundSheet_thenItListsTheDaysDropOffsAndTheReadyOrdersFromTheIndex() {
        String toCollect = world.place(clock, "comptoir-tilleuls", "2026-03-12", "17:00-17:30", "Gaspard", SHIRTS);
        String ready = notifiedOrder("Hortense");
        post(OrderPageHandler.READY, ready, concierge, Map.of("version", "1"));

        APIGatewayV2HTTPResponse sheet = get(OrderBoardHandler.ROUND_SHEET, concierge, Map.of("du", "2026-03-12"));

        assertThat(sheet.getStatusCode()).isEqualTo(200);
        assertThat(main(sheet)).contains(toCollect, "Gaspard Martin", ready, "Hortense Martin");
    }

    /** An order at the concierge's counter, its first e-mails sent (as the stream does), the store cleared. */
    private String notifiedOrder(String firstName) {
        String reference = world.place(clock, "comptoir-tilleuls", "2026-03-10", "16:30-17:00", firstName, SHIRTS);
        world.notify(clock, reference);
        world.emulators().mail().clearStore();
        return reference;
    }

    private List<SentMail> toCustomer(String firstName) {
        return world.sentMails().stream()
                .filter(mail -> mail.to().contains(OrderJson.email(firstName)))
                .toList();
    }

    private APIGatewayV2HTTPResponse get(String route, SignedInMember member, Map<String, String> query) {
        return board.handleRequest(
                BackOfficeEvents.signedIn(BackOfficeEvents.get(route, Map.of(), query), member), null);
    }

    private APIGatewayV2HTTPResponse post(
            String route, String reference, SignedInMember member, Map<String, String> fields) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put("csrf", member.csrfToken());
        return pages.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.post(route, Map.of("reference", reference), withToken), member),
                null);
    }

    private BoardWiring wiring(String functionId) {
        return new BoardWiring(new Environment(world.environmentOf(functionId)), clock);
    }
}
