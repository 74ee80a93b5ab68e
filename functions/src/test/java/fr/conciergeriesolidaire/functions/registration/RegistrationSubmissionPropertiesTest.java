package fr.conciergeriesolidaire.functions.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.forms.Json;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.HostileValues;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a visitor, a robot or an attacker sends as a registration (any value in any field, any body), the answer is
 * the registration or a refusal, never a server error; a refusal leaves nothing stored, neither registration nor places.
 */
class RegistrationSubmissionPropertiesTest {
    private static final String EVENT = "atelier-proprietes";
    private static final List<String> FIELDS = List.of(
            "firstName",
            "lastName",
            "email",
            "phone",
            "places",
            "accessNeeds",
            "consent",
            "idempotencyKey",
            "website",
            "startedAt",
            "inconnu");
    private static final List<Integer> ANSWERS = List.of(201, 303, 400, 409, 413, 415);

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyValueInAnyFieldOfAValidRegistration_thenA4xxOrTheRegistrationNever5xx(
            @ForAll("fields") String field, @ForAll("values") String json) {
        String body = HostileValues.withField(Json.write(Registrants.fields(1, Map.of())), field, json);

        assertTakenOrRefusedLeavingNothing(body, "application/json");
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyFormBody_thenA4xxOrTheRegistrationNever5xx(@ForAll("formBodies") String body) {
        assertTakenOrRefusedLeavingNothing(body, "application/x-www-form-urlencoded");
    }

    private static void assertTakenOrRefusedLeavingNothing(String body, String contentType) {
        InMemoryRegistrationParts parts =
                new InMemoryRegistrationParts().with(TestEvents.workshop(EVENT, "2027-03-10", 4, 2));

        APIGatewayV2HTTPResponse response = parts.submissionHandler()
                .handleRequest(
                        Registrants.withEvent(
                                ApiEvents.post(
                                        "/api/events/" + EVENT + "/registrations", contentType, body, "203.0.113.1"),
                                EVENT),
                        null);

        assertThat(response.getStatusCode()).as(body).isIn(ANSWERS);
        if (response.getStatusCode() >= 400) {
            assertThat(parts.registrations.stored()).as(body).isEmpty();
            assertThat(parts.ledgers.find(EVENT)).as(body).isEmpty();
        } else {
            assertThat(parts.registrations.stored()).hasSize(1);
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
