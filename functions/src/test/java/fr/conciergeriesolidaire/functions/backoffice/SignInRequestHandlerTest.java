package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Asking for a sign-in link: one answer for every address, refusals before anything is counted or stored. */
class SignInRequestHandlerTest {
    private static final String PAGE = "GET " + Navigation.SIGN_IN;
    private static final String REQUEST = "POST " + Navigation.SIGN_IN;

    private final InMemoryBackOffice backOffice = new InMemoryBackOffice();
    private final SignInRequestHandler handler = backOffice.signInRequestHandler();

    @Test
    void givenTheSignInPageThenItAsksForAnAddressWithALabelAndNothingElse() {
        APIGatewayV2HTTPResponse response = assertPrivate(handler.handleRequest(BackOfficeEvents.get(PAGE), null));

        assertThat(response.getStatusCode()).isEqualTo(200);
        Element form = page(response).selectFirst("main form[method=post]");
        assertThat(form.attr("action")).isEqualTo(Navigation.SIGN_IN);
        assertThat(form.select("input:not([type=hidden])"))
                .extracting(input -> input.attr("name"))
                .containsExactly(SignInFields.EMAIL);
        assertThat(page(response).select("label[for=email]").text()).startsWith("Adresse électronique");
        assertThat(page(response).select("nav.bo-nav"))
                .as("nobody is signed in yet")
                .isEmpty();
    }

    @Test
    void givenAnAddressThenTheRequestIsStoredForTheStreamAndTheAnswerSaysALinkIsOnItsWayIfItIsAMembers() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(request("  Camille.Martin@Exemple.FR "), null);

        assertThat(location(assertPrivate(response))).isEqualTo(Navigation.SIGN_IN + "?fait=lien-demande");
        assertThat(backOffice.requests.all()).singleElement().satisfies(stored -> {
            assertThat(stored.email()).isEqualTo("camille.martin@exemple.fr");
            assertThat(stored.origin()).isEqualTo(BackOfficeEvents.ORIGIN);
            assertThat(stored.expiresAt()).isEqualTo(InMemoryBackOffice.START.plus(SignInLinks.VALIDITY));
        });
        assertThat(backOffice.mailer.sent())
                .as("nothing is sent before the answer")
                .isEmpty();

        APIGatewayV2HTTPResponse after =
                handler.handleRequest(BackOfficeEvents.get(PAGE, Map.of(), Map.of("fait", "lien-demande")), null);
        assertThat(page(after).select("main [role=status]").text())
                .startsWith(
                        "Si cette adresse est celle d'un membre de l'équipe, un lien de connexion vient de lui être");
    }

    @Test
    void givenAMembersAddressAndAnUnknownOneThenTheAnswersAndTheWorkBeforeThemAreTheSame() {
        backOffice.member("Camille Martin", "camille.martin@exemple.fr", Role.ADMIN);
        int memberReadsBefore = backOffice.members.calls;

        APIGatewayV2HTTPResponse forMember = handler.handleRequest(request("camille.martin@exemple.fr"), null);
        List<String> workForMember = List.copyOf(backOffice.perClient.calls);
        List<String> addressWorkForMember = List.copyOf(backOffice.perAddress.calls);
        APIGatewayV2HTTPResponse forStranger = handler.handleRequest(request("dominique.durand@exemple.fr"), null);

        assertThat(forStranger.getStatusCode())
                .isEqualTo(forMember.getStatusCode())
                .isEqualTo(303);
        assertThat(forStranger.getHeaders()).isEqualTo(forMember.getHeaders());
        assertThat(forStranger.getBody()).isEqualTo(forMember.getBody());
        assertThat(forStranger.getCookies()).isEqualTo(forMember.getCookies());
        // The same work: one count per limit, one stored request, and not a single read of the members.
        assertThat(backOffice.perClient.calls).hasSize(2).containsOnly(workForMember.get(0));
        assertThat(backOffice.perAddress.calls).hasSize(2).containsOnly(addressWorkForMember.get(0));
        assertThat(backOffice.requests.all()).hasSize(2);
        assertThat(backOffice.members.calls).isEqualTo(memberReadsBefore);
    }

    @Test
    void givenAnAddressThatIsNotOneThenTheFormComesBackWithTheErrorTiedToTheFieldAndNothingIsCountedNorStored() {
        APIGatewayV2HTTPResponse response = assertPrivate(handler.handleRequest(request("pas-une-adresse"), null));

        assertThat(response.getStatusCode()).isEqualTo(400);
        Element input = page(response).selectFirst("input#email");
        assertThat(input.attr("value")).isEqualTo("pas-une-adresse");
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(input.attr("aria-describedby")).contains("email-erreur");
        assertThat(page(response).select("#email-erreur").text()).startsWith("Adresse e-mail invalide");
        assertThat(page(response).select(".error-summary a").attr("href")).isEqualTo("#email");
        assertThat(backOffice.requests.all()).isEmpty();
        assertThat(backOffice.perClient.calls).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"https://evil.example", "http://127.0.0.1:8081", "null"})
    void givenAPostFromAnotherOriginOrWithoutOneThenItIsRefusedBeforeAnythingIsCounted(String origin) {
        APIGatewayV2HTTPResponse response = assertPrivate(handler.handleRequest(
                BackOfficeEvents.post(REQUEST, Map.of(), fields(SignInFields.EMAIL, "camille@exemple.fr"), origin),
                null));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(main(response)).contains("ne vient pas d'une page de l'espace de l'équipe");
        assertThat(backOffice.requests.all()).isEmpty();
        assertThat(backOffice.perClient.calls).isEmpty();
    }

    @Test
    void givenTooManyRequestsForOneAddressThenTheNextIsRefusedWith429WhoeverItIs() {
        for (int request = 0; request < SignInService.PER_ADDRESS; request++) {
            assertThat(handler.handleRequest(request("camille@exemple.fr"), null)
                            .getStatusCode())
                    .isEqualTo(303);
        }

        APIGatewayV2HTTPResponse refused = assertPrivate(handler.handleRequest(request("Camille@exemple.fr"), null));

        assertThat(refused.getStatusCode()).isEqualTo(429);
        assertThat(refused.getHeaders()).containsEntry("Retry-After", "2520");
        assertThat(main(refused)).contains("Trop de demandes de lien de connexion", "réessayez dans 42");
        assertThat(backOffice.requests.all()).hasSize(SignInService.PER_ADDRESS);
    }

    private static APIGatewayV2HTTPEvent request(String email) {
        return BackOfficeEvents.post(REQUEST, Map.of(), fields(SignInFields.EMAIL, email));
    }
}
