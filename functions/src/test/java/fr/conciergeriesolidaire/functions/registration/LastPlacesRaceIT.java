package fr.conciergeriesolidaire.functions.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.testing.Concurrently;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.programme.places.EventPlaces;
import fr.conciergeriesolidaire.programme.places.PlacesItem;
import fr.conciergeriesolidaire.programme.places.PlacesTable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fifty people register at the same moment for the last two places of a workshop, against dynalite, through the
 * submission function as its template builds it: exactly two are confirmed, the 48 others get a place on the waiting
 * list, each its own, in the order the ledger queued them; never more places held than the workshop has.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LastPlacesRaceIT {
    private static final String EVENT = "atelier-course";
    private static final int CAPACITY = 10;
    private static final int ALREADY_REGISTERED = 8;
    private static final int CONCURRENT = 50;

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"));
    private EmulatedRegistrations world;
    private RegistrationSubmissionHandler submissions;

    @BeforeAll
    void start() {
        world = EmulatedRegistrations.inMemory();
        world.publish(TestEvents.workshop(EVENT, "2027-03-10", CAPACITY, 1), clock.instant());
        submissions = world.submissionHandler(clock);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void givenTwoPlacesLeft_whenFiftyRegisterAtOnce_thenTwoAreConfirmedAndFortyEightWaitInArrivalOrder()
            throws Exception {
        for (int person = 0; person < ALREADY_REGISTERED; person++) {
            assertThat(Registrants.answer(submissions.handleRequest(Registrants.json(EVENT, person, Map.of()), null)))
                    .containsEntry("status", "confirmed");
        }
        long changesBefore = world.programmeChanges();

        List<Callable<APIGatewayV2HTTPResponse>> race = IntStream.range(100, 100 + CONCURRENT)
                .mapToObj(person -> (Callable<APIGatewayV2HTTPResponse>)
                        () -> submissions.handleRequest(Registrants.json(EVENT, person, Map.of()), null))
                .toList();
        List<APIGatewayV2HTTPResponse> responses = Concurrently.runAll(race, CONCURRENT);

        assertThat(responses)
                .extracting(APIGatewayV2HTTPResponse::getStatusCode)
                .containsOnly(201);
        List<Map<String, Object>> answers =
                responses.stream().map(Registrants::answer).toList();
        assertThat(answers)
                .filteredOn(answer -> "confirmed".equals(answer.get("status")))
                .hasSize(2);
        assertThat(answers)
                .filteredOn(answer -> "waiting".equals(answer.get("status")))
                .extracting(answer -> ((Number) answer.get("position")).intValue())
                .as("each waiting person has a place in line of their own")
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 48).boxed().toList());

        EventPlaces places =
                new PlacesTable(world.emulators().dynamoDb().client(), world.tableName("EventPlacesTable")).of(EVENT);
        assertThat(places.taken()).isEqualTo(CAPACITY);
        assertThat(places.holders()).hasSize(CAPACITY);
        assertThat(places.waiting()).hasSize(48);

        List<Map<String, AttributeValue>> stored = world.items("RegistrationsTable");
        assertThat(stored).hasSize(ALREADY_REGISTERED + CONCURRENT);
        int confirmedPlaces = stored.stream()
                .filter(item -> item.get("status").s().equals("CONFIRMED"))
                .mapToInt(item -> Integer.parseInt(item.get("places").n()))
                .sum();
        assertThat(confirmedPlaces)
                .as("never more places held than the workshop has")
                .isEqualTo(CAPACITY);
        List<String> inLine =
                places.waiting().stream().map(EventPlaces.Waiting::reference).toList();
        List<String> byPositionTold = stored.stream()
                .filter(item -> item.get("status").s().equals("WAITING"))
                .sorted(Comparator.comparingInt(
                        item -> Integer.parseInt(item.get("joinedAt").n())))
                .map(item -> item.get("reference").s())
                .toList();
        assertThat(byPositionTold)
                .as("the positions told are the ledger's order of arrival")
                .isEqualTo(inLine);
        assertThat(world.programmeChanges())
                .as("the workshop filled up once: its pages are published again once")
                .isEqualTo(changesBefore + 1);
        assertThat(world.items("EventPlacesTable").get(0)).containsKey(PlacesItem.EXPIRES_AT);
    }
}
