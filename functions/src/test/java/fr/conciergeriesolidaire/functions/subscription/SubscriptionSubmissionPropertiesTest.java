package fr.conciergeriesolidaire.functions.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.testing.HostileValues;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is posted to {@code /api/subscriptions}: a success or a 4xx, never an exception escaping nor a 5xx, and nothing
 * stored unless the sign-up was taken.
 */
class SubscriptionSubmissionPropertiesTest {
    private static final List<String> FIELDS = List.of(
            "company",
            "siret",
            "companyStreet",
            "companyPostcode",
            "companyCity",
            "employees",
            "siteAddress",
            "siteStreet",
            "sitePostcode",
            "siteCity",
            "startDate",
            "firstName",
            "lastName",
            "role",
            "phone",
            "email",
            "message",
            "consent",
            "idempotencyKey",
            "website",
            "startedAt",
            "inconnu");
    private static final List<Integer> ANSWERS = List.of(201, 303, 400, 409, 413, 415, 429);

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyValueInAnyFieldOfAValidSignUp_thenA4xxOrTheSignUpNever5xx(
            @ForAll("fields") String field, @ForAll("values") String json) {
        String body = HostileValues.withField(SubscriptionEvents.valid().toString(), field, json);

        assertTakenOrRefusedLeavingNothing(body, "application/json");
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyJsonValueAsTheBody_thenA4xxNever5xx(@ForAll("values") String json) {
        assertTakenOrRefusedLeavingNothing(json, "application/json");
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyFormBody_thenA4xxOrTheSignUpNever5xx(@ForAll("formBodies") String body) {
        assertTakenOrRefusedLeavingNothing(body, "application/x-www-form-urlencoded");
    }

    private static void assertTakenOrRefusedLeavingNothing(String body, String contentType) {
        InMemorySubscriptions signUps = new InMemorySubscriptions();

        APIGatewayV2HTTPResponse response =
                signUps.submissionHandler().handleRequest(SubscriptionEvents.post(contentType, body), null);

        assertThat(response.getStatusCode()).as(body).isIn(ANSWERS);
        if (response.getStatusCode() >= 400) {
            assertThat(signUps.stored()).as(body).isEmpty();
        } else {
            assertThat(signUps.stored()).hasSize(1);
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
