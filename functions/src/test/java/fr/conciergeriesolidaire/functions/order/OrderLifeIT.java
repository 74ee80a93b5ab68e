package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.testing.Concurrently;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An order's life on dynalite and aws-ses-v2-local, through the wiring the back-office functions use. */
class OrderLifeIT extends WithEmulatedOrders {
    private OrderLife life;

    @BeforeEach
    void wiring() {
        world.emulators().mail().clearStore();
        life = world.wiring("OrderSubmissionFunction", clock).life();
    }

    @Test
    void givenTwoMembersChangingAnOrderAtOnce_thenOneWinsAndTheOtherIsToldWithoutOverwriting() throws Exception {
        // GIVEN an order both members read at version 1
        String reference = submit("Double");

        // WHEN one marks it ready while the other cancels it, at once
        List<Object> outcomes = Concurrently.run(2, index -> () -> {
            try {
                return index == 0
                        ? life.markReady(reference, 1, new Staff("membre-a", "Alix"))
                        : life.cancel(reference, 1, new Staff("membre-b", "Bea"), "Client injoignable");
            } catch (VersionConflictException conflict) {
                return conflict;
            }
        });

        // THEN exactly one change is stored, at version 2, and the other was refused
        assertThat(outcomes)
                .filteredOn(VersionConflictException.class::isInstance)
                .hasSize(1);
        StoredOrder now = life.find(reference);
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.history())
                .singleElement()
                .satisfies(entry -> assertThat(entry.by()).isIn("membre-a", "membre-b"));
    }

    @Test
    void givenAPartnerRefusingALineThenTheTeamMarkingItReady_thenTheCustomerIsToldOfEachOnceAndTheTrailKeepsWhoAndWhy()
            throws Exception {
        String reference = submit("Vie");
        int line = 0;
        String partner = life.find(reference).request().lines().get(line).partnerId();

        life.answer(reference, 1, partner, line, LineStatus.REFUSED, Optional.of("Machine en panne"));
        life.markReady(reference, 2, new Staff("membre-a", "Alix"));
        sweeper.handleRequest(null, null);

        StoredOrder order = life.find(reference);
        assertThat(order.status()).isEqualTo(OrderStatus.READY);
        assertThat(order.lines().get(line).status()).isEqualTo(LineStatus.REFUSED);
        assertThat(order.history())
                .extracting(HistoryEntry::by, HistoryEntry::to, HistoryEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "partner:" + partner, "REFUSED", Optional.of("Machine en panne")),
                        org.assertj.core.groups.Tuple.tuple("membre-a", "READY", Optional.empty()));
        List<SentMail> toCustomer = world.sentMails().stream()
                .filter(mail -> mail.to().contains("vie@exemple.fr"))
                .filter(mail -> !mail.subject().endsWith("est enregistrée"))
                .toList();
        assertThat(toCustomer)
                .extracting(SentMail::subject)
                .containsExactlyInAnyOrder(
                        "Commande " + reference + "\u00a0: un service ne pourra pas être réalisé",
                        "Votre commande " + reference + " est prête");
        assertThat(toCustomer).anySatisfy(mail -> assertThat(mail.text()).contains("Motif\u00a0: Machine en panne"));
    }

    @Test
    void givenAnAcceptedLine_thenTheCustomerCannotCancelAloneAndAnotherPartnerCannotAnswerForIt() throws Exception {
        String reference = submit("Accord");
        String partner = life.find(reference).request().lines().get(0).partnerId();
        life.answer(reference, 1, partner, 0, LineStatus.ACCEPTED, Optional.empty());

        assertThatThrownBy(() -> life.cancelByCustomer(reference, 2))
                .isInstanceOf(ChangeRefusedException.class)
                .hasMessageContaining("order.life.alreadyAccepted");
        assertThatThrownBy(() -> life.answer(reference, 2, "un-autre", 0, LineStatus.REFUSED, Optional.empty()))
                .isInstanceOf(ChangeRefusedException.class)
                .hasMessageContaining("order.life.notYourLine");
        assertThat(life.find(reference).version()).isEqualTo(2);
    }

    @Test
    void givenOrdersAtACounterOnADay_thenTheBoardFindsThemByIndexInSlotOrder() throws Exception {
        String first = submit("Planche");
        OrderStore store = world.wiring("OrderSubmissionFunction", clock).store();
        StoredOrder order = life.find(first);

        List<StoredOrder> board = store.atCounter(
                order.request().counterId(), order.request().slot().date());

        assertThat(board).extracting(StoredOrder::reference).contains(first);
        assertThat(board)
                .isSortedAccordingTo(
                        java.util.Comparator.comparing(o -> o.request().slot().start()));
        assertThat(store.atCounter(order.request().counterId(), LocalDate.of(2026, 3, 11)))
                .extracting(StoredOrder::reference)
                .doesNotContain(first);
    }

    private String submit(String name) throws Exception {
        var response = submissions.handleRequest(
                OrderEvents.json(OrderEvents.validJson(
                        name,
                        name.toLowerCase() + "@exemple.fr",
                        UUID.randomUUID().toString())),
                null);
        assertThat(response.getStatusCode()).isEqualTo(201);
        return JsonTrees.MAPPER.readTree(response.getBody()).path("reference").asText();
    }
}
