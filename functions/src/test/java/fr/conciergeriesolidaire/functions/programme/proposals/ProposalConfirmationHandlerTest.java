package fr.conciergeriesolidaire.functions.programme.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The resident's confirmation page: the reference and the neighbourhood, nothing they typed; 404 otherwise. */
class ProposalConfirmationHandlerTest {
    private final InMemoryProposals proposals = new InMemoryProposals();
    private final ProposalConfirmationHandler handler = proposals.confirmationHandler();

    @Test
    void givenAStoredIdea_thenThePageGivesItsReferenceAndNothingTheResidentTyped() {
        String reference = proposals.propose("canal", "Un atelier vélo secret.", Optional.of("helene@exemple.fr"));

        APIGatewayV2HTTPResponse page = handler.handleRequest(
                ApiEvents.get(ProposalPages.CONFIRMATION_PATH, Map.of("reference", reference.toLowerCase())), null);

        assertThat(page.getStatusCode()).isEqualTo(200);
        String main = Jsoup.parse(page.getBody()).select("main").text();
        assertThat(main).contains(reference, "Le Canal", "adresse électronique que vous avez donnée");
        assertThat(main).doesNotContain("atelier vélo secret", "helene", "Camille");
        assertThat(Jsoup.parse(page.getBody()).select("main a").attr("href")).isEqualTo("/quartiers/canal/");
        ValidHtml.assertValid("proposal confirmation", page.getBody());
    }

    @Test
    void givenAnUnknownOrMalformedReference_thenTheNotFoundPage() {
        for (String reference : new String[] {"ZZZZ-ZZZZ", "<script>", ""}) {
            APIGatewayV2HTTPResponse page = handler.handleRequest(
                    ApiEvents.get(ProposalPages.CONFIRMATION_PATH, Map.of("reference", reference)), null);
            assertThat(page.getStatusCode()).as(reference).isEqualTo(404);
            ValidHtml.assertValid("proposal not found", page.getBody());
        }
    }
}
