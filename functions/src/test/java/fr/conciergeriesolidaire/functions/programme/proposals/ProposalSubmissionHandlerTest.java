package fr.conciergeriesolidaire.functions.programme.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.HostileRequests;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.PrimingChecks;
import fr.conciergeriesolidaire.functions.testing.SubmissionChecks;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POST /api/propositions, the form of each neighbourhood page: an idea stored once, with or without a contact (then
 * with the keyed hash of the address for "Mes données"), the site asked to publish its new count; every wrong field
 * refused on its own with a French message, never a 5xx; a refused plain form points back at its neighbourhood's form.
 */
class ProposalSubmissionHandlerTest {
    private static final String JSON = "events/proposal-json.json";
    private static final String FORM = "events/proposal-form.json";
    private static final String PATH = "/api/propositions";

    private final InMemoryProposals proposals = new InMemoryProposals();
    private final ProposalSubmissionHandler handler = proposals.submissionHandler();

    @Test
    void givenTheSnapStartPriming_whenRun_thenEveryFieldPassesButTheMissingConsentAndNothingIsStored()
            throws Exception {
        PrimingChecks.assertPrimingStopsAtTheConsent(
                handler, handler::prime, ProposalPriming.submission(), proposals::stored);
        assertThat(proposals.publication.asked()).isEmpty();
    }

    @Test
    void givenAnIdeaWithAContact_whenSentAsJson_thenItIsStoredWithTheKeyOfTheAddressAndTheSiteIsAskedToPublish()
            throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(EventLoader.loadApiGatewayHttpEvent(JSON), null);

        assertThat(response.getStatusCode()).isEqualTo(201);
        String reference =
                JsonTrees.MAPPER.readTree(response.getBody()).path("reference").asText();
        assertThat(response.getHeaders())
                .containsEntry("Location", "/api/propositions/confirmation?reference=" + reference);
        StoredProposal stored = proposals.stored().get(reference);
        assertThat(stored.neighbourhood()).isEqualTo("canal");
        assertThat(stored.status()).isEqualTo(ProposalStatus.NEW);
        assertThat(stored.request().idea()).contains("\nun samedi matin");
        assertThat(stored.request().help()).contains(HelpOffer.YES);
        assertThat(stored.email()).contains("helene.dubois@exemple.fr");
        assertThat(stored.request().contact().orElseThrow().phone()).contains("+33612345678");
        assertThat(proposals.emailHashes.get(reference))
                .isEqualTo(new EmailKeys(TestParts.HASH)
                        .of(" Helene.Dubois@Exemple.FR ")
                        .orElseThrow());
        assertThat(proposals.publication.asked()).hasSize(1);
    }

    @Test
    void givenTheSameIdeaSentTwice_thenTheSameReferenceOneRecordAndOnePublish() throws Exception {
        SubmissionChecks.assertReplayGetsTheSameReferenceAndOneRecord(handler, JSON, proposals::stored);
        assertThat(proposals.publication.asked()).hasSize(1);
    }

    @Test
    void givenAnAnonymousIdeaAsAPlainForm_thenItIsStoredWithoutContactOrKeyAndThePersonGoesToTheConfirmation() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(EventLoader.loadApiGatewayHttpEvent(FORM), null);

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location"))
                .matches("/api/propositions/confirmation\\?reference=[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(proposals.stored().values()).singleElement().satisfies(stored -> {
            assertThat(stored.neighbourhood()).isEqualTo("tilleuls");
            assertThat(stored.request().contact()).isEmpty();
            assertThat(stored.request().help()).isEmpty();
        });
        assertThat(proposals.emailHashes).isEmpty();
    }

    @Test
    void givenThePublicationOutOfReach_thenTheIdeaIsStoredAllTheSame() throws Exception {
        proposals.publication.refuse(true);

        APIGatewayV2HTTPResponse response = handler.handleRequest(EventLoader.loadApiGatewayHttpEvent(JSON), null);

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(proposals.stored()).hasSize(1);
    }

    static Stream<Arguments> wrongFields() {
        return Stream.of(
                Arguments.of("neighbourhood", "nulle-part"),
                Arguments.of("idea", ""),
                Arguments.of("idea", "<script>alert(1)</script>"),
                Arguments.of("idea", "1234 5678"),
                Arguments.of("idea", "Une idée. ".repeat(201)),
                Arguments.of("idea", "Texte\u202edéguisé"),
                Arguments.of("when", "le samedi\nou le dimanche"),
                Arguments.of("help", "souvent"),
                Arguments.of("name", "R2-D2"),
                Arguments.of("email", "pas-une-adresse"),
                Arguments.of("phone", "12"),
                Arguments.of("consent", false),
                Arguments.of("website", "http://spam.example"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongFields")
    void givenOneWrongField_thenOnlyItIsRefusedInFrenchAndNothingIsStored(String field, Object value) throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(JSON);
        ObjectNode body = (ObjectNode) JsonTrees.MAPPER.readTree(event.getBody());
        body.set(field, JsonTrees.MAPPER.valueToTree(value));
        event.setBody(body.toString());

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode answer = JsonTrees.MAPPER.readTree(response.getBody());
        assertThat(answer.findValuesAsText("field")).containsExactly(field);
        assertThat(answer.path("errors").get(0).path("message").asText())
                .isNotBlank()
                .doesNotContain("{", "null");
        assertThat(proposals.stored()).isEmpty();
    }

    @Test
    void givenAnAnonymousIdea_thenNoConsentIsAsked() throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(JSON);
        ObjectNode body = (ObjectNode) JsonTrees.MAPPER.readTree(event.getBody());
        List.of("name", "email", "phone", "consent").forEach(body::remove);
        event.setBody(body.toString());

        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(201);
    }

    static Stream<Arguments> hostileRequests() throws Exception {
        return HostileRequests.atTheEdge(
                EventLoader.loadApiGatewayHttpEvent(JSON).getBody());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void givenAHostileRequest_thenItIsRefusedBeforeAnyFieldIsReadNeverWithA5xx(
            String what, String contentType, String body, int status) {
        APIGatewayV2HTTPEvent event = ApiEvents.post(PATH, contentType, body, "203.0.113.66");

        HostileRequests.assertRefused(what, handler.handleRequest(event, null), status);
        assertThat(proposals.stored()).isEmpty();
    }

    @Test
    void givenAPlainFormWithErrors_thenTheRefusalPageLinksEachErrorToItsFieldOnTheNeighbourhoodsPage() {
        APIGatewayV2HTTPEvent event = PrimingEvents.post(
                "application/x-www-form-urlencoded", "neighbourhood=canal&idea=&email=nope&consent=");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.getBody());
        assertThat(page.select("main a[href^=/quartiers/canal/#]"))
                .extracting(link -> link.attr("href"))
                .containsExactly("/quartiers/canal/#idea", "/quartiers/canal/#email", "/quartiers/canal/#consent");
        ValidHtml.assertValid("refused proposal", response.getBody());
    }

    @Test
    void givenAPlainFormFromAnUnknownNeighbourhood_thenTheRefusalLeadsToTheNeighbourhoodsList() {
        APIGatewayV2HTTPEvent event = PrimingEvents.post(
                "application/x-www-form-urlencoded", "neighbourhood=..%2F..%2Fevil&idea=Une+f%C3%AAte");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getBody()).select("main a"))
                .extracting(link -> link.attr("href"))
                .contains("/quartiers/#neighbourhood")
                .allMatch(href -> href.startsWith("/quartiers/") && !href.contains("evil"));
    }
}
