package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import fr.conciergeriesolidaire.functions.testing.Concurrently;
import fr.conciergeriesolidaire.functions.testing.HostileRequests;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Orders through the real handlers, against dynalite and aws-ses-v2-local. */
class OrderSubmissionIT extends WithEmulatedOrders {
    @BeforeEach
    void emptyMailbox() {
        world.emulators().mail().clearStore();
    }

    @Test
    void twentyConcurrentIdenticalSubmissionsMakeOneOrderOneReferenceOneSetOfEmails() throws Exception {
        // GIVEN one submission (same idempotency key), sent 20 times at once (double clicks, retries)
        String body = OrderEvents.validJson(
                "Alice", "alice@exemple.fr", UUID.randomUUID().toString());

        // WHEN
        List<APIGatewayV2HTTPResponse> responses =
                Concurrently.run(20, index -> () -> submissions.handleRequest(OrderEvents.json(body), null));

        // THEN one reference for all, one stored order, and notifying it (twice, as stream + sweeper may) sends one set
        assertThat(responses)
                .allSatisfy(response -> assertThat(response.getStatusCode()).isEqualTo(201));
        Set<String> references =
                responses.stream().map(OrderSubmissionIT::reference).collect(Collectors.toSet());
        assertThat(references).hasSize(1);
        String reference = references.iterator().next();
        assertThat(ordersOf("alice@exemple.fr")).hasSize(1);

        var event = EmulatedOrders.insertEvent(List.of(world.storedOrder(reference)));
        Concurrently.run(2, index -> () -> notifier.handleRequest(event, null));
        clock.advance(Duration.ofMinutes(5));
        sweeper.handleRequest(null, null);

        assertThat(world.sentMails())
                .extracting(mail -> mail.to().get(0))
                .containsExactlyInAnyOrder(
                        "alice@exemple.fr",
                        "equipe@conciergerie-solidaire-51.example",
                        "commandes@atelier-repassage.example",
                        "atelier@cordonnerie-solidaire.example");
        assertThat(world.storedOrder(reference)).doesNotContainKey("notificationsDue");
    }

    @Test
    void givenTheSnapStartHooks_whenTheFunctionsArePrimedOnRealStorage_thenNothingIsStoredCountedOrSent() {
        // GIVEN the tables as they are
        int orders = world.storedOrders().size();
        int rateLimitCounters = world.rateLimitCounters().size();

        // WHEN the submission and confirmation functions are primed (both read the table)
        submissions.prime();
        world.confirmationHandler().prime();

        // THEN
        assertThat(world.storedOrders()).hasSize(orders);
        assertThat(world.rateLimitCounters()).hasSize(rateLimitCounters);
        assertThat(world.sentMails()).isEmpty();
    }

    @Test
    void aPlainFormPostedTwiceWithoutJavaScriptIsOneOrder() {
        // GIVEN a form post without idempotency key (no JavaScript)
        String form = "counter=comptoir-canal&quantity.revision-velo=1&quantity.reparation-crevaison=&date=2026-03-11"
                + "&window=14%3A00-14%3A30&firstName=Bruno&lastName=Petit&phone=%2B33+6+11+22+33+44"
                + "&email=bruno%40exemple.fr&consent=yes&website=";

        // WHEN it is posted twice
        var first = submissions.handleRequest(
                OrderEvents.post("application/x-www-form-urlencoded", form, "203.0.113.8"), null);
        var second = submissions.handleRequest(
                OrderEvents.post("application/x-www-form-urlencoded", form, "203.0.113.8"), null);

        // THEN both are redirected to the same confirmation, and one order is stored
        assertThat(first.getStatusCode()).isEqualTo(303);
        assertThat(second.getHeaders().get("Location"))
                .isEqualTo(first.getHeaders().get("Location"));
        assertThat(ordersOf("bruno@exemple.fr")).hasSize(1);
        String reference = first.getHeaders().get("Location").replaceAll(".*reference=([^&]+).*", "$1");
        var page = world.confirmationHandler().handleRequest(OrderEvents.confirmation(reference), null);
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(page.getBody()).contains(reference).doesNotContain("Bruno").doesNotContain("bruno@exemple.fr");
    }

    @Test
    void twoHundredDistinctOrdersAreAllStoredAndEachPartnerMailIsSentExactlyOnce() throws Exception {
        // GIVEN 200 different orders from 200 clients, spread over partners
        String[][] lines = {
            {"repassage-chemise", "panier-legumes"}, {"talons", "pret-perceuse"}, {"ourlet-pantalon", "panier-fruits"}
        };
        List<APIGatewayV2HTTPEvent> events = IntStream.range(0, 200)
                .mapToObj(index -> OrderEvents.post(
                        "application/json",
                        """
                        {"counter": "comptoir-tilleuls", "lines": [{"service": "%s", "quantity": 1}, {"service": "%s", "quantity": 1}],
                         "date": "2026-03-12", "window": "17:00-17:30", "firstName": "Client", "lastName": "%s",
                         "phone": "0612345678", "email": "client%d@exemple.fr", "consent": true,
                         "idempotencyKey": "%s"}
                        """.formatted(
                                lines[index % 3][0], lines[index % 3][1], letters(index), index, UUID.randomUUID()),
                        "198.51.100." + (index % 250)))
                .toList();

        // WHEN they are submitted 8 at a time, then notified by stream batches while the sweeper also runs
        List<APIGatewayV2HTTPResponse> responses =
                Concurrently.run(events.size(), index -> () -> submissions.handleRequest(events.get(index), null));
        assertThat(responses)
                .allSatisfy(response -> assertThat(response.getStatusCode()).isEqualTo(201));
        List<Map<String, AttributeValue>> stored = world.storedOrders().stream()
                .filter(item -> item.get("customer").m().get("email").s().startsWith("client"))
                .toList();
        assertThat(stored).hasSize(200);
        clock.advance(Duration.ofMinutes(3));
        List<Callable<Object>> work = new ArrayList<>();
        for (int start = 0; start < stored.size(); start += 10) {
            var batch = EmulatedOrders.insertEvent(stored.subList(start, start + 10));
            work.add(() -> notifier.handleRequest(batch, null));
        }
        work.add(() -> sweeper.handleRequest(null, null));
        work.add(() -> sweeper.handleRequest(null, null));
        Concurrently.runAll(work);

        // THEN every partner got each of its orders exactly once (and customers and team theirs)
        Set<String> references =
                stored.stream().map(item -> item.get("reference").s()).collect(Collectors.toSet());
        List<String> sent = world.sentMails().stream()
                .filter(mail -> references.stream().anyMatch(mail.subject()::contains))
                .map(mail -> mail.to().get(0) + " " + mail.subject())
                .toList();
        assertThat(Set.copyOf(sent)).as("no e-mail sent twice").hasSize(sent.size());
        assertThat(sent).as("customer, team and two partners per order").hasSize(200 * 4);
        assertThat(sent.stream().filter(mail -> mail.startsWith("paniers@paniers-des-coteaux.example")))
                .as("one basket partner e-mail per order with a basket")
                .hasSize(133);
    }

    @Test
    void theSameIdempotencyKeyWithDifferentContentIsAConflict() {
        // GIVEN an order sent with a key
        String key = UUID.randomUUID().toString();
        var first = submissions.handleRequest(
                OrderEvents.json(OrderEvents.validJson("Inès", "ines@exemple.fr", key)), null);

        // WHEN the same key comes with another content
        var second = submissions.handleRequest(
                OrderEvents.json(OrderEvents.validJson("Inès", "ines2@exemple.fr", key)), null);

        // THEN 409, and only the first order exists
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(second.getStatusCode()).isEqualTo(409);
        assertThat(readJson(second).path("message").asText()).contains("contenu différent");
        assertThat(ordersOf("ines2@exemple.fr")).isEmpty();
    }

    @Test
    void givenAClientAtItsLimit_thenRefusedSubmissionsCountButAReplayIsNeverRefusedNorCounted() {
        // GIVEN the submission function configured for 3 orders per client and window, and one stored order
        var environment = world.environmentOf("OrderSubmissionFunction");
        environment.put("ORDER_RATE_LIMIT", "3");
        var limited = EmulatedOrders.submissionHandler(clock, environment);
        String stored =
                OrderEvents.validJson("Lou", "lou@exemple.fr", UUID.randomUUID().toString());
        String client = "192.0.2.45";
        assertThat(limited.handleRequest(OrderEvents.post("application/json", stored, client), null)
                        .getStatusCode())
                .isEqualTo(201);

        // WHEN the same client sends two invalid orders, then replays the stored one three times, then a new one
        String invalid = "{\"counter\": \"comptoir-tilleuls\"}";
        List<Integer> refusals = IntStream.range(0, 2)
                .mapToObj(index -> limited.handleRequest(OrderEvents.post("application/json", invalid, client), null)
                        .getStatusCode())
                .toList();
        List<Integer> replays = IntStream.range(0, 3)
                .mapToObj(index -> limited.handleRequest(OrderEvents.post("application/json", stored, client), null)
                        .getStatusCode())
                .toList();
        int another = limited.handleRequest(
                        OrderEvents.post(
                                "application/json",
                                OrderEvents.validJson(
                                        "Lou",
                                        "lou2@exemple.fr",
                                        UUID.randomUUID().toString()),
                                client),
                        null)
                .getStatusCode();

        // THEN the refusals used the last two places, the replays still get their order, the new one is refused
        assertThat(refusals).containsExactly(400, 400);
        assertThat(replays).containsExactly(201, 201, 201);
        assertThat(another).isEqualTo(429);
        assertThat(ordersOf("lou2@exemple.fr")).isEmpty();
    }

    @Test
    void givenFiveConfirmationsToOneAddressToday_thenASixthOrderToItIsRefusedWhateverTheClient() throws Exception {
        // GIVEN five orders confirmed to one address (in any case), from five clients
        List<Integer> statuses = new ArrayList<>();
        for (int index = 0; index < 6; index++) {
            String email = index % 2 == 0 ? "cible@exemple.fr" : "Cible@Exemple.fr";
            statuses.add(submissions
                    .handleRequest(
                            OrderEvents.post(
                                    "application/json",
                                    OrderEvents.validJson(
                                            "Cible", email, UUID.randomUUID().toString()),
                                    "198.51.100." + (20 + index)),
                            null)
                    .getStatusCode());
        }

        // THEN the sixth is refused, for that address, and not stored
        assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
        assertThat(ordersOf("cible@exemple.fr")).hasSize(3);
        assertThat(ordersOf("Cible@exemple.fr")).hasSize(2);
    }

    @Test
    void givenAnOrderPastItsRetention_thenItIsAbsentBeforeDynamoDbDeletesIt() {
        // GIVEN a stored order whose expiry has passed (DynamoDB's TTL may take days to delete it)
        String body = OrderEvents.validJson(
                "Yves", "yves@exemple.fr", UUID.randomUUID().toString());
        String reference = reference(submissions.handleRequest(OrderEvents.json(body), null));
        world.emulators()
                .dynamoDb()
                .client()
                .updateItem(update -> update.tableName(world.tableName("OrdersTable"))
                        .key(Map.of("reference", AttributeValue.fromS(reference)))
                        .updateExpression("SET expiresAt = :past")
                        .expressionAttributeValues(Map.of(
                                ":past",
                                AttributeValue.fromN(
                                        Long.toString(clock.instant().getEpochSecond() - 1)))));
        world.emulators().mail().clearStore();

        // WHEN its confirmation page is asked for, and its e-mails are due
        var page = world.confirmationHandler().handleRequest(OrderEvents.confirmation(reference), null);
        clock.advance(Duration.ofMinutes(5));
        sweeper.handleRequest(null, null);

        // THEN it is not found, and nothing is sent
        assertThat(page.getStatusCode()).isEqualTo(404);
        assertThat(world.sentMails()).noneMatch(mail -> mail.subject().contains(reference));
    }

    @Test
    void aClientPastTheRateLimitGets429AndIsKnownOnlyByAHash() {
        // GIVEN the submission function configured for 3 orders per client and window
        var environment = world.environmentOf("OrderSubmissionFunction");
        environment.put("ORDER_RATE_LIMIT", "3");
        var limited = EmulatedOrders.submissionHandler(clock, environment);

        // WHEN one client sends 4 different orders
        List<Integer> statuses = IntStream.range(0, 4)
                .mapToObj(index -> limited.handleRequest(
                        OrderEvents.post(
                                "application/json",
                                OrderEvents.validJson(
                                        "Jules",
                                        "jules" + index + "@exemple.fr",
                                        UUID.randomUUID().toString()),
                                "192.0.2.44"),
                        null))
                .map(response -> {
                    if (response.getStatusCode() == 429) {
                        assertThat(Long.parseLong(response.getHeaders().get("Retry-After")))
                                .isBetween(1L, 3600L);
                    }
                    return response.getStatusCode();
                })
                .toList();

        // THEN the fourth is refused, not stored, and the counter holds no address but expires
        assertThat(statuses).containsExactly(201, 201, 201, 429);
        assertThat(ordersOf("jules3@exemple.fr")).isEmpty();
        assertThat(world.rateLimitCounters()).isNotEmpty().allSatisfy(counter -> {
            assertThat(counter.toString()).doesNotContain("192.0.2.44");
            assertThat(Long.parseLong(counter.get("expiresAt").n()))
                    .isGreaterThan(clock.instant().getEpochSecond());
        });
    }

    /** Stands for the test clock's time minus a second, which other tests move. */
    private static final String A_SECOND_AGO = "1000000000001";

    static Stream<Arguments> hostileInputs() {
        String valid = OrderEvents.validJson("Chloé", "chloe@exemple.fr", "hostile-input-key-0001");
        return Stream.concat(
                HostileRequests.atTheEdge(valid),
                Stream.of(
                        Arguments.of(
                                "negative quantity",
                                "application/json",
                                valid.replace("\"quantity\": 3", "\"quantity\": -3"),
                                400),
                        Arguments.of(
                                "huge quantity",
                                "application/json",
                                valid.replace("\"quantity\": 3", "\"quantity\": 99999999999999999999999"),
                                400),
                        Arguments.of(
                                "script tag in name",
                                "application/json",
                                valid.replace("Chloé", "<script>alert(1)</script>"),
                                400),
                        Arguments.of(
                                "CR/LF in name",
                                "application/json",
                                valid.replace("Chloé", "Chloé\\r\\nBcc: victime@exemple.fr"),
                                400),
                        Arguments.of(
                                "bidi override in name",
                                "application/json",
                                valid.replace("Chloé", "Chlo\\u202Eé"),
                                400),
                        Arguments.of(
                                "zero-width joiner in name",
                                "application/json",
                                valid.replace("Chloé", "Chl\\u200Doé"),
                                400),
                        Arguments.of(
                                "header injection in e-mail",
                                "application/json",
                                valid.replace("chloe@exemple.fr", "chloe@exemple.fr\\r\\nBcc: x@y.fr"),
                                400),
                        Arguments.of(
                                "missing consent",
                                "application/json",
                                valid.replace("\"consent\": true", "\"consent\": false"),
                                400),
                        Arguments.of(
                                "honeypot filled",
                                "application/json",
                                valid.replace("\"website\": \"\"", "\"website\": \"http://spam.example\""),
                                400),
                        Arguments.of(
                                "filled in under 3 s",
                                "application/json",
                                valid.replace("\"website\": \"\"", "\"startedAt\": " + A_SECOND_AGO),
                                400),
                        Arguments.of(
                                "unknown service",
                                "application/json",
                                valid.replace("repassage-chemise", "inexistant"),
                                400),
                        Arguments.of(
                                "inactive service",
                                "application/json",
                                valid.replace("repassage-chemise", "menage-domicile"),
                                400),
                        Arguments.of(
                                "service not offered at counter",
                                "application/json",
                                valid.replace("repassage-chemise", "revision-velo"),
                                400),
                        Arguments.of(
                                "slot outside hours",
                                "application/json",
                                valid.replace("16:30-17:00", "18:00-18:30"),
                                400)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void hostileInputIsRefusedWithNothingStoredAndNothingSent(
            String what, String contentType, String body, int status) {
        // GIVEN the table as it is
        int before = world.storedOrders().size();

        // WHEN
        // (each case from its own client: refusals count in the rate limit)
        String client = "203.0.113." + Math.floorMod(what.hashCode(), 250);
        String sent = body.replace(A_SECOND_AGO, Long.toString(clock.instant().toEpochMilli() - 1000));
        var response = submissions.handleRequest(OrderEvents.post(contentType, sent, client), null);

        // THEN the right 4xx, a French message and no internals, nothing stored, nothing sent
        HostileRequests.assertRefused(what, response, status);
        assertThat(world.storedOrders()).hasSize(before);
        assertThat(world.sentMails()).isEmpty();
    }

    /** 0 -> "A", 27 -> "BB"...: names take letters only. */
    private static String letters(int index) {
        return ("" + (char) ('A' + index % 26)).repeat(1 + index / 26);
    }

    private List<Map<String, AttributeValue>> ordersOf(String email) {
        return world.storedOrders().stream()
                .filter(item -> item.get("customer").m().get("email").s().equals(email))
                .toList();
    }

    private static String reference(APIGatewayV2HTTPResponse response) {
        return readJson(response).path("reference").asText();
    }

    private static JsonNode readJson(APIGatewayV2HTTPResponse response) {
        try {
            return JsonTrees.MAPPER.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.getBody(), e);
        }
    }
}
