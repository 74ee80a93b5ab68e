package fr.conciergeriesolidaire.functions.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.Json;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.HostileRequests;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POST /api/events/{event}/registrations on in-memory parts: what is taken, and every refusal with its status, its
 * French message tied to its field, and nothing stored.
 */
class RegistrationSubmissionHandlerTest {
    private static final String EVENT = "atelier-couture";
    private static final ProgrammeEvent WORKSHOP = TestEvents.workshop(EVENT, "2027-03-10", 2, 2);

    private final InMemoryRegistrationParts parts = new InMemoryRegistrationParts()
            .with(WORKSHOP)
            .with(TestEvents.changed(
                    TestEvents.workshop("atelier-annule", "2027-03-11", 8, 1), Map.of(EventFields.STATUS, "cancelled")))
            .with(TestEvents.workshop("atelier-commence", "2027-02-28", 8, 1))
            .with(TestEvents.event("fete-libre", "2027-03-12T14:00", "2027-03-12T18:00", Map.of()));
    private final RegistrationSubmissionHandler handler = parts.submissionHandler();

    private APIGatewayV2HTTPResponse send(String event, Map<String, Object> changes) {
        return handler.handleRequest(Registrants.json(event, 1, changes), null);
    }

    @Test
    void givenAValidRegistration_thenItIsConfirmedWithThePlacesLeftAndStoredOnce() {
        APIGatewayV2HTTPResponse response = send(EVENT, Map.of("places", 2, "phone", "06 12 34 56 78"));

        assertThat(response.getStatusCode()).isEqualTo(201);
        Map<String, Object> answer = Registrants.answer(response);
        assertThat(answer)
                .containsEntry("status", "confirmed")
                .containsEntry("places", 2)
                .containsEntry("existing", false);
        assertThat(answer.get("availability").toString()).contains("placesLeft=0", "full=true");
        assertThat(response.getHeaders()).containsEntry("Idempotent-Replayed", "false");
        Registration stored = parts.registrations.stored().values().iterator().next();
        assertThat(stored.person().phone()).contains("+33612345678");
        assertThat(parts.republished)
                .as("the workshop filled up: its pages follow")
                .hasSize(1);
    }

    @Test
    void givenTheSameRegistrationSentTwice_thenTheSecondGetsTheFirstBackAndNothingMore() {
        Map<String, Object> first = Registrants.answer(send(EVENT, Map.of()));
        APIGatewayV2HTTPResponse again = send(EVENT, Map.of("places", 2));

        assertThat(Registrants.answer(again))
                .containsEntry("reference", first.get("reference"))
                .containsEntry("existing", true)
                .containsEntry("places", 1);
        assertThat(again.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(parts.registrations.stored()).hasSize(1);
    }

    @Test
    void givenTheLastPlaceTaken_whenSomeoneElseRegisters_thenTheyAreToldTheirPlaceOnTheWaitingList() {
        handler.handleRequest(Registrants.json(EVENT, 1, Map.of("places", 2)), null);

        Map<String, Object> answer =
                Registrants.answer(handler.handleRequest(Registrants.json(EVENT, 2, Map.of()), null));

        assertThat(answer).containsEntry("status", "waiting").containsEntry("position", 1);
        assertThat(answer.get("availability").toString()).contains("waiting=1");
    }

    @Test
    void givenAPlainFormPost_thenItIsRedirectedToTheRegistrationsPage() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Registrants.form(EVENT, "firstName=Zo%C3%A9&lastName=Martin&email=zoe%40exemple.fr&consent=yes", 3),
                null);

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location")).startsWith("/api/registrations/confirmation?reference=");
    }

    static Stream<Arguments> wrongFields() {
        return Stream.of(
                Arguments.of("no first name", Map.of("firstName", ""), "firstName", "obligatoire"),
                Arguments.of(
                        "markup in a name", Map.of("lastName", "<script>alert(1)</script>"), "lastName", "lettres"),
                Arguments.of(
                        "a right-to-left override",
                        Map.of("lastName", "Martin\u202egnp.exe"),
                        "lastName",
                        "invisibles"),
                Arguments.of("a zero-width space", Map.of("firstName", "Zo\u200be"), "firstName", "invisibles"),
                Arguments.of("not an address", Map.of("email", "zoe.exemple.fr"), "email", "Adresse e-mail invalide"),
                Arguments.of(
                        "a header injected in the address",
                        Map.of("email", "zoe@exemple.fr\r\nBcc: tous@exemple.fr"),
                        "email",
                        "Adresse e-mail invalide"),
                Arguments.of("a foreign phone", Map.of("phone", "+1 202 555 0100"), "phone", "téléphone"),
                Arguments.of("no place", Map.of("places", 0), "places", "entre 1 et 2"),
                Arguments.of("more places than the workshop allows", Map.of("places", 3), "places", "entre 1 et 2"),
                Arguments.of("places in words", Map.of("places", "deux"), "places", "nombre"),
                Arguments.of(
                        "markup in the needs",
                        Map.of("accessNeeds", "<img src=x onerror=alert(1)>"),
                        "accessNeeds",
                        "signes < et >"),
                Arguments.of("needs too long", Map.of("accessNeeds", "a".repeat(501)), "accessNeeds", "500"),
                Arguments.of("no consent", Map.of("consent", false), "consent", "Cochez la case"),
                Arguments.of("the honeypot filled", Map.of("website", "http://spam.exemple"), "website", "vide"),
                Arguments.of("a forged idempotency key", Map.of("idempotencyKey", "<>"), "idempotencyKey", "périmé"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongFields")
    void givenAWrongField_thenA400TiedToThatFieldInFrenchAndNothingStored(
            String what, Map<String, Object> changes, String field, String message) {
        APIGatewayV2HTTPResponse response = send(EVENT, changes);

        assertThat(response.getStatusCode()).as(what).isEqualTo(400);
        Map<String, Object> answer = Registrants.answer(response);
        assertThat(answer.get("errors").toString())
                .as(what)
                .contains("field=" + field)
                .contains(message);
        assertThat(parts.registrations.stored()).isEmpty();
        assertThat(parts.ledgers.find(EVENT)).isEmpty();
    }

    static Stream<Arguments> closedEvents() {
        return Stream.of(
                Arguments.of("atelier-annule", "annulé ou reporté"),
                Arguments.of("atelier-commence", "a déjà commencé"),
                Arguments.of("fete-libre", "ne demande pas d'inscription"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedEvents")
    void givenAnEventThatTakesNoRegistrationNow_thenA409SayingWhyAndNothingStored(String event, String why) {
        APIGatewayV2HTTPResponse response = send(event, Map.of());

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(Registrants.answer(response).get("message").toString()).contains(why);
        assertThat(parts.registrations.stored()).isEmpty();
    }

    @Test
    void givenAnUnknownOrHostileEvent_thenA404AndNothingStored() {
        for (String event : List.of("atelier-inconnu", "../../etc/passwd", "<script>", "")) {
            APIGatewayV2HTTPResponse response = send(event, Map.of());
            HostileRequests.assertRefused(event, response, 404);
        }
        assertThat(parts.registrations.stored()).isEmpty();
    }

    static Stream<Arguments> atTheEdge() {
        return HostileRequests.atTheEdge(Json.write(Registrants.fields(1, Map.of("startedAt", 1772441000000L))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("atTheEdge")
    void givenARequestRefusedAtTheEdge_thenItsStatusAndNothingStored(
            String what, String contentType, String body, int status) {
        APIGatewayV2HTTPEvent request = Registrants.withEvent(
                ApiEvents.post("/api/events/" + EVENT + "/registrations", contentType, body, "203.0.113.1"), EVENT);

        HostileRequests.assertRefused(what, handler.handleRequest(request, null), status);
        assertThat(parts.registrations.stored()).isEmpty();
    }

    @Test
    void givenAPlainFormRefused_thenAValidPageListsEachErrorLinkingToItsFieldOnTheEventsForm() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Registrants.form(EVENT, "firstName=&lastName=Martin&email=zoe&places=9", 4), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.getBody());
        assertThat(page.select("main [role=alert] a"))
                .extracting(link -> link.attr("href"))
                .contains(
                        "/agenda/" + EVENT + "/#firstName",
                        "/agenda/" + EVENT + "/#email",
                        "/agenda/" + EVENT + "/#places",
                        "/agenda/" + EVENT + "/#consent");
        assertThat(page.select("main [role=alert]").text()).contains("Nombre de places", "Prénom");
        ValidHtml.assertValid("refused registration", response.getBody());
    }

    @Test
    void givenARequestThatDidNotComeThroughCloudFront_thenA403AndNothingStored() {
        RegistrationSubmissionHandler guarded = new RegistrationSubmissionHandler(
                parts.service(),
                new PlacesLookup(parts.events, parts.ledgers, InMemoryRegistrationParts.CLOCK),
                new ClientAddress(OriginGate.of(Optional.of("secret-de-cloudfront-de-test"))),
                "https://site.exemple.fr",
                new RegistrationPages(Templates.packaged(), PackagedSiteData.data()));

        HostileRequests.assertRefused(
                "no origin secret", guarded.handleRequest(Registrants.json(EVENT, 5, Map.of()), null), 403);
        assertThat(parts.registrations.stored()).isEmpty();
    }

    @Test
    void givenTheSnapStartPriming_whenRun_thenNothingIsStored() {
        handler.prime();

        assertThat(parts.registrations.stored()).isEmpty();
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> mutable(Map<String, Object> fields) {
        return new HashMap<>(fields);
    }
}
