package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The dashboard by role, and signing out (ended where it is stored, only from the member's own form). */
class SignOutAndDashboardHandlerTest {
    private static final String SIGN_OUT = "POST " + Navigation.SIGN_OUT;
    private static final String DASHBOARD = "GET " + Navigation.DASHBOARD;

    private final InMemoryBackOffice backOffice = new InMemoryBackOffice();

    @Test
    void givenAnAdminThenTheDashboardLinksToTheMembersAndEveryPageOffersToSignOut() {
        InMemoryBackOffice.SignedIn admin =
                backOffice.signIn(backOffice.member("Alix Admin", "alix@exemple.fr", Role.ADMIN));

        APIGatewayV2HTTPResponse dashboard = assertPrivate(backOffice
                .dashboardHandler()
                .handleRequest(BackOfficeEvents.signedIn(BackOfficeEvents.get(DASHBOARD), admin.member()), null));

        Document page = page(dashboard);
        assertThat(page.select("main h1").text()).isEqualTo("Tableau de bord");
        assertThat(page.select("main .card a"))
                .extracting(a -> a.attr("href"))
                .containsExactly(Navigation.REGISTRATIONS, Navigation.PARTICIPATION, Navigation.MEMBERS);
        assertThat(page.select("nav.bo-nav a"))
                .extracting(a -> a.attr("href"))
                .containsExactly(
                        Navigation.DASHBOARD, Navigation.REGISTRATIONS, Navigation.PARTICIPATION, Navigation.MEMBERS);
        assertThat(page.select("nav.bo-nav form[action=" + Navigation.SIGN_OUT + "] input[name=csrf]")
                        .attr("value"))
                .isEqualTo(admin.member().csrfToken());
        assertThat(page.select("nav.bo-nav").text()).contains("Alix Admin (Administration)");
    }

    @Test
    void givenAConciergeThenTheDashboardNamesTheirCountersAndOffersNothingTheirRoleMayNotOpen() {
        InMemoryBackOffice.SignedIn concierge = backOffice.signIn(backOffice.member(
                "Camille Martin", "camille@exemple.fr", Role.COUNTER, "comptoir-tilleuls", "site-entreprise-bailleur"));

        APIGatewayV2HTTPResponse dashboard = assertPrivate(backOffice
                .dashboardHandler()
                .handleRequest(BackOfficeEvents.signedIn(BackOfficeEvents.get(DASHBOARD), concierge.member()), null));

        Document page = page(dashboard);
        assertThat(page.select("main").text())
                .contains("Comptoir des Tilleuls, Conciergerie d'entreprise du bailleur partenaire");
        assertThat(page.select("a[href=" + Navigation.MEMBERS + "]")).isEmpty();
    }

    @Test
    void givenSignOutFromTheMembersPageThenTheSessionEndsWhereItIsStoredAndTheCookieIsCleared() {
        InMemoryBackOffice.SignedIn signedIn =
                backOffice.signIn(backOffice.member("Alix", "alix@exemple.fr", Role.TEAM));

        APIGatewayV2HTTPResponse out = assertPrivate(backOffice
                .signOutHandler()
                .handleRequest(
                        BackOfficeEvents.signedIn(
                                BackOfficeEvents.post(
                                        SIGN_OUT,
                                        Map.of(),
                                        fields(
                                                FormGuard.FIELD,
                                                signedIn.member().csrfToken())),
                                signedIn.member()),
                        null));

        assertThat(location(out)).isEqualTo(Navigation.SIGN_IN + "?fait=deconnexion");
        assertThat(out.getHeaders().get("Set-Cookie"))
                .startsWith(SessionCookie.NAME + "=;")
                .contains("Max-Age=0", "Path=/", "Secure", "HttpOnly", "SameSite=Strict");
        assertThat(backOffice.tokens.sessions()).isEmpty();
        assertThat(backOffice
                        .authorizerHandler()
                        .handleRequest(
                                BackOfficeEvents.withCookie(BackOfficeEvents.get(DASHBOARD), signedIn.cookie()), null)
                        .getIsAuthorized())
                .isFalse();
    }

    @Test
    void givenSignOutWithoutTheTokenOrFromElsewhereThenTheSessionLives() {
        InMemoryBackOffice.SignedIn signedIn =
                backOffice.signIn(backOffice.member("Alix", "alix@exemple.fr", Role.TEAM));

        for (var event : new com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent[] {
            BackOfficeEvents.post(SIGN_OUT, Map.of(), Map.of()),
            BackOfficeEvents.post(SIGN_OUT, Map.of(), fields(FormGuard.FIELD, "faux")),
            BackOfficeEvents.post(
                    SIGN_OUT,
                    Map.of(),
                    fields(FormGuard.FIELD, signedIn.member().csrfToken()),
                    "https://evil.example")
        }) {
            APIGatewayV2HTTPResponse refused = assertPrivate(backOffice
                    .signOutHandler()
                    .handleRequest(BackOfficeEvents.signedIn(event, signedIn.member()), null));
            assertThat(refused.getStatusCode()).isEqualTo(403);
        }
        assertThat(backOffice.tokens.sessions()).hasSize(1);
    }
}
