package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.http.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The mail service goes down: orders are still taken, and every e-mail is delivered once it is back. */
class NotificationOutageIT extends WithEmulatedOrders {
    @BeforeEach
    void mailServiceUp() {
        assumeTrue(
                world.emulators().mail().isChildProcess(),
                "SES is an endpoint given from outside (SES_ENDPOINT): its outage cannot be simulated here");
        world.emulators().mail().start();
        world.emulators().mail().clearStore();
    }

    @Test
    void ordersAreAcceptedWhileMailIsDownAndTheSweeperDeliversEachEmailOnceWhenItIsBack() {
        // GIVEN the mail service is down
        world.emulators().mail().stop();

        // WHEN five orders come in and the stream notifier runs on them
        List<String> references = IntStream.range(0, 5)
                .mapToObj(index -> submit("Denise", "denise" + index + "@exemple.fr"))
                .toList();
        var result = notifier.handleRequest(
                EmulatedOrders.insertEvent(
                        references.stream().map(world::storedOrder).toList()),
                null);

        // THEN the orders are stored, the notifier did not fail, and every e-mail is pending with one attempt
        assertThat(result.getBatchItemFailures()).isEmpty();
        for (String reference : references) {
            Map<String, AttributeValue> notifications =
                    world.storedOrder(reference).get("notifications").m();
            assertThat(notifications).hasSize(4);
            assertThat(notifications.values()).allSatisfy(delivery -> {
                assertThat(delivery.m().get("state").s()).isEqualTo("PENDING");
                assertThat(delivery.m().get("attempts").n()).isEqualTo("1");
            });
            assertThat(world.storedOrder(reference)).containsKey("notificationsDue");
        }

        // WHEN the mail service is back, and the sweeper runs before the retry delay, then after it, then again
        world.emulators().mail().start();
        sweeper.handleRequest(null, null);
        assertThat(world.sentMails()).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        sweeper.handleRequest(null, null);
        sweeper.handleRequest(null, null);

        // THEN each of the 20 e-mails was sent exactly once, and no order is left pending
        List<String> sent =
                world.sentMails().stream().map(NotificationOutageIT::describe).toList();
        assertThat(sent).hasSize(20).doesNotHaveDuplicates();
        references.forEach(reference -> assertThat(world.storedOrder(reference)).doesNotContainKey("notificationsDue"));
    }

    @Test
    void afterTheLastAttemptTheOrderIsFlaggedAndTheTeamAlerted() {
        // GIVEN an order whose e-mails cannot be sent
        world.emulators().mail().stop();
        String reference = submit("Étienne", "etienne@exemple.fr");

        // WHEN every retry fails (the sweeper runs after each backoff delay)
        notifier.handleRequest(EmulatedOrders.insertEvent(List.of(world.storedOrder(reference))), null);
        for (int attempt = 1; attempt < 8; attempt++) {
            clock.advance(Duration.ofHours(2));
            sweeper.handleRequest(null, null);
        }

        // THEN the order is flagged, its e-mails given up, and an alert to the team is pending
        Map<String, AttributeValue> order = world.storedOrder(reference);
        assertThat(order.get("needsAttention").bool()).isTrue();
        Map<String, AttributeValue> notifications = order.get("notifications").m();
        assertThat(notifications.get("customer").m().get("state").s()).isEqualTo("FAILED");
        assertThat(notifications.get("customer").m().get("attempts").n()).isEqualTo("8");
        assertThat(notifications.get("alert").m().get("state").s()).isEqualTo("PENDING");

        // WHEN the mail service is back
        world.emulators().mail().start();
        clock.advance(Duration.ofHours(2));
        sweeper.handleRequest(null, null);

        // THEN the team gets one alert naming the order, and nothing else is sent
        List<SentMail> sent = world.sentMails();
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("equipe@conciergerie-solidaire-51.example");
            assertThat(mail.subject()).contains(reference);
        });
        assertThat(world.storedOrder(reference)).doesNotContainKey("notificationsDue");
    }

    private String submit(String firstName, String email) {
        var response = submissions.handleRequest(
                OrderEvents.json(OrderEvents.validJson(
                        firstName, email, UUID.randomUUID().toString())),
                null);
        assertThat(response.getStatusCode()).isEqualTo(201);
        try {
            return Json.MAPPER.readTree(response.getBody()).path("reference").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String describe(SentMail mail) {
        return mail.to() + " " + mail.subject();
    }
}
