package fr.conciergeriesolidaire.functions.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.PrimingChecks;
import fr.conciergeriesolidaire.functions.testing.SubmissionChecks;
import org.junit.jupiter.api.Test;

/** POST /api/subscriptions from API Gateway event fixtures, both content types. */
class SubscriptionSubmissionHandlerTest {
    private final InMemorySubscriptions signUps = new InMemorySubscriptions();
    private final SubscriptionSubmissionHandler handler = signUps.submissionHandler();

    @Test
    void givenTheSnapStartPriming_whenRun_thenEveryFieldPassesButTheMissingConsentAndNothingIsStored()
            throws Exception {
        PrimingChecks.assertPrimingStopsAtTheConsent(
                handler, handler::prime, SubscriptionPriming.submission(InMemorySubscriptions.CLOCK), signUps::stored);
    }

    @Test
    void givenAValidJsonSignUp_thenItIsCreatedWithTheServersQuoteNotTheBrowsers() throws Exception {
        // GIVEN a sign-up for 120 employees that also claims a quote of 1 cent (ignored)
        var event = EventLoader.loadApiGatewayHttpEvent("events/subscription-json.json");

        // WHEN
        var response = handler.handleRequest(event, null);

        // THEN 201 with the reference, offer.yaml's quote (49 × 6 € + 71 × 5 €) and the confirmation URL
        assertThat(response.getStatusCode()).isEqualTo(201);
        JsonNode body = JsonTrees.MAPPER.readTree(response.getBody());
        String reference = body.path("reference").asText();
        assertThat(reference).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(body.path("quote").path("monthlyCents").asLong()).isEqualTo(64_900);
        assertThat(body.path("quote").path("employees").asInt()).isEqualTo(120);
        assertThat(body.path("quote").path("commitmentTotalCents").asLong()).isEqualTo(12 * 64_900);
        assertThat(response.getHeaders())
                .containsEntry("Location", "/api/subscriptions/confirmation?reference=" + reference)
                .containsEntry("Idempotent-Replayed", "false");
        StoredSubscription stored = signUps.stored().get(reference);
        assertThat(stored.status()).isEqualTo(SignUpStatus.AWAITING_REVIEW);
        assertThat(stored.request().site().street()).isEqualTo("3 allée des Vignes, bâtiment B");
    }

    @Test
    void givenTheSameJsonSignUpReplayed_thenTheSameReferenceAndOneRecord() throws Exception {
        SubmissionChecks.assertReplayGetsTheSameReferenceAndOneRecord(
                handler, "events/subscription-json.json", signUps::stored);
    }

    @Test
    void givenAPlainFormPost_thenItIsRedirectedToTheConfirmationPage() {
        // GIVEN a form post (La Poste establishment, same site as the company), base64 as API Gateway delivers it
        var event = EventLoader.loadApiGatewayHttpEvent("events/subscription-form.json");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location"))
                .matches("/api/subscriptions/confirmation\\?reference=[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(signUps.stored().values())
                .singleElement()
                .satisfies(stored ->
                        assertThat(stored.request().quote().monthlyCents()).isEqualTo(45 * 600));
    }

    @Test
    void givenAnotherSignUpForASiteAwaitingReview_thenA409WithTheExistingReference() throws Exception {
        // GIVEN a sign-up stored for a site
        var first = handler.handleRequest(EventLoader.loadApiGatewayHttpEvent("events/subscription-json.json"), null);
        String reference =
                JsonTrees.MAPPER.readTree(first.getBody()).path("reference").asText();

        // WHEN another one (another key, another contact) comes for the same SIRET and site
        var other = EventLoader.loadApiGatewayHttpEvent("events/subscription-json.json");
        other.setBody(other.getBody()
                .replace("5f1c3c2e-8d4b-4f7a-9b1e-2c6d7e8f9a0b", "0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a")
                .replace("Hélène", "Paul"));
        var response = handler.handleRequest(other, null);

        // THEN 409, the error contract plus the reference already given, and nothing more stored
        assertThat(response.getStatusCode()).isEqualTo(409);
        JsonNode body = JsonTrees.MAPPER.readTree(response.getBody());
        assertThat(body.path("reference").asText()).isEqualTo(reference);
        assertThat(body.path("message").asText()).contains(reference, "déjà en cours d'examen");
        assertThat(body.path("errors").isArray()).isTrue();
        assertThat(signUps.stored()).hasSize(1);
    }

    @Test
    void givenAnInvalidJsonSignUp_thenEveryWrongFieldIsNamedInFrench() throws Exception {
        var event = EventLoader.loadApiGatewayHttpEvent("events/subscription-json-invalid.json");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode body = JsonTrees.MAPPER.readTree(response.getBody());
        assertThat(body.path("message").asText()).isEqualTo("Certains champs sont à corriger.");
        assertThat(body.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "company",
                        "siret",
                        "companyPostcode",
                        "employees",
                        "siteStreet",
                        "sitePostcode",
                        "siteCity",
                        "startDate",
                        "role",
                        "phone",
                        "email",
                        "consent");
        assertThat(signUps.stored()).isEmpty();
    }

    @Test
    void givenAnInvalidFormPost_thenAnHtmlPageLinksEachErrorToItsFieldOnTheSignUpPage() {
        var event = EventLoader.loadApiGatewayHttpEvent("events/subscription-form-invalid.json");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("text/html");
        assertThat(response.getBody())
                .contains("<title>Erreurs dans votre demande d&#39;adhésion")
                .contains(
                        "<a href=\"/entreprises/inscription/#siret\">Numéro SIRET de l&#39;établissement\u00a0: Un numéro SIRET compte 14"
                                + " chiffres")
                .contains("<a href=\"/entreprises/inscription/#employees\">")
                .contains("<a href=\"/entreprises/inscription/#startDate\">")
                .contains("<a href=\"/entreprises/inscription/#company\">")
                .doesNotContain("<b>Garage");
        assertThat(signUps.stored()).isEmpty();
    }
}
