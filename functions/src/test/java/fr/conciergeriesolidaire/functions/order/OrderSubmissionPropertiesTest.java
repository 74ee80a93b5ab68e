package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.testing.HostileValues;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is posted to {@code /api/orders}: a success or a 4xx, never an exception escaping nor a 5xx, and nothing
 * stored unless the order was taken.
 */
class OrderSubmissionPropertiesTest {
    private static final List<String> FIELDS = List.of(
            "counter",
            "lines",
            "date",
            "window",
            "firstName",
            "lastName",
            "phone",
            "email",
            "building",
            "comment",
            "consent",
            "idempotencyKey",
            "website",
            "startedAt",
            "inconnu");
    private static final List<Integer> ANSWERS = List.of(201, 303, 400, 409, 413, 415, 429);

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyValueInAnyFieldOfAValidOrder_thenA4xxOrTheOrderNever5xx(
            @ForAll("fields") String field, @ForAll("values") String json) {
        String body = HostileValues.withField(
                OrderEvents.validJson("Zoé", "zoe@exemple.fr", UUID.randomUUID().toString()), field, json);

        assertTakenOrRefusedLeavingNothing(body, "application/json");
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyJsonValueAsTheBody_thenA4xxNever5xx(@ForAll("values") String json) {
        assertTakenOrRefusedLeavingNothing(json, "application/json");
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyFormBody_thenA4xxOrTheOrderNever5xx(@ForAll("formBodies") String body) {
        assertTakenOrRefusedLeavingNothing(body, "application/x-www-form-urlencoded");
    }

    private static void assertTakenOrRefusedLeavingNothing(String body, String contentType) {
        InMemoryOrders orders = new InMemoryOrders();

        APIGatewayV2HTTPResponse response =
                orders.submissionHandler().handleRequest(OrderEvents.post(contentType, body, "203.0.113.9"), null);

        assertThat(response.getStatusCode()).as(body).isIn(ANSWERS);
        if (response.getStatusCode() >= 400) {
            assertThat(orders.stored()).as(body).isEmpty();
        } else {
            assertThat(orders.stored()).hasSize(1);
        }
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(FIELDS);
    }

    @Provide
    Arbitrary<String> values() {
        return HostileValues.jsonValues(2);
    }

    @Provide
    Arbitrary<String> formBodies() {
        return HostileValues.formBodies(FIELDS);
    }
}
