package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Orders whose e-mail cannot be written (a recipient no line of theirs belongs to, as a later bug or a hand-edited
 * item would leave): each try is a failed attempt with backoff, and they never hold back a normal order.
 */
class PoisonedOrdersIT extends WithEmulatedOrders {
    private static final int POISONED = 250;

    @Test
    void given250OrdersWhoseEmailCannotBeWritten_thenTheNextNormalOrderIsSentOnTheNextSweep() throws Exception {
        // GIVEN 250 orders, older than any other, each with an e-mail to a partner none of their lines is for
        world.emulators().mail().clearStore();
        Instant longAgo = clock.instant().minus(Duration.ofMinutes(30));
        List<String> poisoned = IntStream.range(0, POISONED)
                .mapToObj(index -> store(poisonedOrder(index, longAgo)))
                .toList();
        // ...and one normal order, taken now
        String normal = submit();

        // WHEN the sweeper runs once after the grace period of the normal order
        clock.advance(Duration.ofMinutes(3));
        sweeper.handleRequest(null, null);

        // THEN the normal order's four e-mails are sent, and it leaves the sweeper's index
        assertThat(world.sentMails())
                .filteredOn(mail -> mail.subject().contains(normal))
                .hasSize(4);
        assertThat(world.storedOrder(normal)).doesNotContainKey("notificationsDue");
        // ...and each poisoned e-mail was one failed attempt, whose next try moved later (never the 200 oldest forever)
        for (String reference : List.of(poisoned.get(0), poisoned.get(POISONED - 1))) {
            Map<String, AttributeValue> ghost = world.storedOrder(reference)
                    .get("notifications")
                    .m()
                    .get("partner:disparu")
                    .m();
            assertThat(ghost.get("state").s()).isEqualTo("PENDING");
            assertThat(ghost.get("attempts").n()).isEqualTo("1");
            assertThat(Instant.parse(ghost.get("nextAttemptAt").s())).isAfter(clock.instant());
            assertThat(Instant.parse(
                            world.storedOrder(reference).get("nextAttemptAt").s()))
                    .isAfter(clock.instant());
        }
    }

    /** An order as stored, whose only e-mail left is to a partner that none of its lines is for. */
    private static Map<String, AttributeValue> poisonedOrder(int index, Instant at) {
        OrderRequest request = new OrderValidator(PackagedSiteData.data())
                .validate(
                        SubmittedFields.ofJson(OrderEvents.validJson(
                                "Poison",
                                "poison" + index + "@exemple.fr",
                                UUID.randomUUID().toString())),
                        Instant.parse("2026-03-02T09:00:00Z"));
        Map<String, AttributeValue> item =
                new HashMap<>(OrderItemMapper.toItem(request, at, at.plus(Duration.ofDays(400)), at, Optional.empty()));
        Map<String, AttributeValue> ghost = Map.of(
                "state", AttributeValue.fromS("PENDING"),
                "attempts", AttributeValue.fromN("0"),
                "nextAttemptAt", AttributeValue.fromS(at.toString()));
        item.put("notifications", AttributeValue.fromM(Map.of("partner:disparu", AttributeValue.fromM(ghost))));
        item.put(
                "reference",
                AttributeValue.fromS(
                        String.format("PZZZ-%04d", index).replace('0', 'A').replace('1', 'B')));
        return item;
    }

    private String store(Map<String, AttributeValue> item) {
        world.emulators()
                .dynamoDb()
                .client()
                .putItem(put -> put.tableName(world.tableName("OrdersTable")).item(item));
        return item.get("reference").s();
    }

    private String submit() throws Exception {
        var response = submissions.handleRequest(
                OrderEvents.json(OrderEvents.validJson(
                        "Normale", "normale@exemple.fr", UUID.randomUUID().toString())),
                null);
        assertThat(response.getStatusCode()).isEqualTo(201);
        return JsonTrees.MAPPER.readTree(response.getBody()).path("reference").asText();
    }
}
