package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.conciergeriesolidaire.functions.http.Json;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** DynamoDB goes down: clear 503s with Retry-After, nothing half-written, normal service once it is back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageOutageIT {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private EmulatedOrders world;
    private Path data;

    @BeforeAll
    void startEmulators() throws Exception {
        data = Files.createTempDirectory("dynalite");
        // Persistent, so that after the restart we can see what was (not) written during the outage.
        world = EmulatedOrders.persistentIn(data);
    }

    @AfterAll
    void stopEmulators() throws Exception {
        world.close();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void whileDynamoDbIsDownOrdersGet503AndNothingIsWrittenThenServiceResumes() throws Exception {
        assumeTrue(
                world.emulators().dynamoDb().isChildProcess(),
                "DynamoDB is an endpoint given from outside (DYNAMODB_ENDPOINT): its outage cannot be simulated here");
        // GIVEN handlers built while everything ran, and one order already stored
        OrderSubmissionHandler submissions = world.submissionHandler(clock);
        OrderConfirmationHandler confirmation = world.confirmationHandler();
        OrderNotifierHandler notifier = world.notifierHandler(clock);
        String stored = reference(
                submissions.handleRequest(OrderEvents.json(body("Fanny")), null).getBody());
        var storedItem = world.storedOrder(stored);

        // WHEN DynamoDB stops
        world.emulators().dynamoDb().stop();
        var json = submissions.handleRequest(OrderEvents.json(body("Gaston")), null);
        var form = submissions.handleRequest(
                OrderEvents.post(
                        "application/x-www-form-urlencoded",
                        "counter=comptoir-canal&quantity.revision-velo=1&date=2026-03-11&window=14%3A00-14%3A30"
                                + "&firstName=Gaston&lastName=Petit&phone=0611223344&email=gaston%40exemple.fr"
                                + "&consent=yes",
                        "203.0.113.9"),
                null);
        var page = confirmation.handleRequest(OrderEvents.confirmation(stored), null);
        var notified = notifier.handleRequest(EmulatedOrders.insertEvent(List.of(storedItem)), null);

        // THEN 503 with Retry-After in both formats, the page too, and the stream record is retried
        assertThat(json.getStatusCode()).isEqualTo(503);
        assertThat(json.getHeaders()).containsEntry("Retry-After", "30");
        assertThat(Json.MAPPER.readTree(json.getBody()).path("message").asText())
                .contains("rien n'a été enregistré");
        assertThat(form.getStatusCode()).isEqualTo(503);
        assertThat(form.getBody()).contains("<main id=\"contenu\"").contains("momentanément indisponible");
        assertThat(page.getStatusCode()).isEqualTo(503);
        assertThat(notified.getBatchItemFailures()).hasSize(1);

        // WHEN it is back
        world.emulators().dynamoDb().start();

        // THEN nothing from the outage was written, and orders go through again
        assertThat(world.storedOrders()).hasSize(1);
        var again = submissions.handleRequest(OrderEvents.json(body("Gaston")), null);
        assertThat(again.getStatusCode()).isEqualTo(201);
        assertThat(world.storedOrders()).hasSize(2);
        assertThat(confirmation
                        .handleRequest(OrderEvents.confirmation(stored), null)
                        .getStatusCode())
                .isEqualTo(200);
    }

    private static String body(String firstName) {
        return OrderEvents.validJson(
                firstName,
                firstName.toLowerCase() + "@exemple.fr",
                UUID.randomUUID().toString());
    }

    private static String reference(String body) throws Exception {
        return Json.MAPPER.readTree(body).path("reference").asText();
    }
}
