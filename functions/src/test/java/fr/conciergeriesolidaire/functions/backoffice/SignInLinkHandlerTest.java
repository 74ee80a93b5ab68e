package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.AccessToken;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SecretToken;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.access.TokenKind;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Following a sign-in link: a button, then a new session; every link that should open nothing answers 410 and opens
 * nothing (used, expired, forged, for another address, of a removed member, ended since).
 */
class SignInLinkHandlerTest {
    private static final String SHOW = "GET " + SignInLinks.PATH;
    private static final String OPEN = "POST " + SignInLinks.PATH;

    private final InMemoryBackOffice backOffice = new InMemoryBackOffice();
    private final SignInLinkHandler handler = backOffice.linkHandler();
    private final Member member =
            backOffice.member("Camille Martin", "camille.martin@exemple.fr", Role.COUNTER, "comptoir-tilleuls");

    @Test
    void givenTheLinkThenAButtonOpensTheSessionAndFollowingItUsesNothingUp() {
        String token = backOffice.linkFor(member);

        APIGatewayV2HTTPResponse shown = assertPrivate(handler.handleRequest(show(token), null));
        APIGatewayV2HTTPResponse shownAgain = handler.handleRequest(show(token), null);

        assertThat(shown.getStatusCode()).isEqualTo(200);
        assertThat(shownAgain.getStatusCode())
                .as("a mail scanner opening the link uses nothing up")
                .isEqualTo(200);
        assertThat(page(shown)
                        .select("main form[method=post] input[type=hidden][name=jeton]")
                        .attr("value"))
                .isEqualTo(token);
        assertThat(page(shown).select("main form button").text()).isEqualTo("Ouvrir ma session");
        assertThat(backOffice.tokens.sessions()).isEmpty();
    }

    @Test
    void givenTheButtonPressedThenANewSessionOpensWithAHostOnlyStrictCookieAndTheLinkIsUsedUp() {
        String token = backOffice.linkFor(member);

        APIGatewayV2HTTPResponse opened = assertPrivate(handler.handleRequest(open(token), null));

        assertThat(location(opened)).isEqualTo(Navigation.DASHBOARD);
        String cookie = opened.getHeaders().get("Set-Cookie");
        assertThat(cookie)
                .startsWith(SessionCookie.NAME + "=")
                .contains("; Path=/", "; Secure", "; HttpOnly", "; SameSite=Strict", "; Max-Age=604800")
                .doesNotContain("Domain=");
        String value = cookie.substring(SessionCookie.NAME.length() + 1, cookie.indexOf(';'));
        assertThat(value).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(token);
        assertThat(backOffice.tokens.sessions()).singleElement().satisfies(session -> {
            assertThat(session.memberId()).isEqualTo(member.memberId());
            assertThat(session.hash())
                    .isEqualTo(backOffice.secrets.hashOf(value).orElseThrow());
            assertThat(session.endsAt()).isEqualTo(InMemoryBackOffice.START.plus(Duration.ofDays(7)));
        });
        assertThat(backOffice.tokens.links()).isEmpty();
    }

    @Test
    void givenALinkUsedAlreadyThenItOpensNothingMore() {
        String token = backOffice.linkFor(member);
        handler.handleRequest(open(token), null);

        assertRefused(handler.handleRequest(open(token), null));
        assertRefused(handler.handleRequest(show(token), null));
        assertThat(backOffice.tokens.sessions()).hasSize(1);
    }

    @Test
    void givenALinkOlderThanFifteenMinutesThenItOpensNothing() {
        String token = backOffice.linkFor(member);
        backOffice.clock.advance(Duration.ofMinutes(15));

        assertRefused(handler.handleRequest(show(token), null));
        assertRefused(handler.handleRequest(open(token), null));
        assertThat(backOffice.tokens.sessions()).isEmpty();
    }

    @Test
    void givenForgedTokensThenTheyOpenNothing() {
        backOffice.linkFor(member);

        for (String forged : new String[] {
            "", "abc", "a".repeat(43), backOffice.secrets.create().value(), "../../etc/passwd", "x".repeat(5000)
        }) {
            assertRefused(handler.handleRequest(open(forged), null));
            assertRefused(handler.handleRequest(show(forged), null));
        }
        assertThat(backOffice.tokens.sessions()).isEmpty();
        assertThat(backOffice.tokens.links()).as("the real link still works").hasSize(1);
    }

    @Test
    void givenALinkForAnotherAddressThanTheMembersThenItOpensNothing() {
        SecretToken token = backOffice.secrets.create();
        backOffice.tokens.put(new AccessToken(
                token.hash(),
                TokenKind.SIGN_IN,
                Optional.of(member.memberId()),
                Map.of(SignInLinks.EMAIL_HASH, backOffice.addresses.hash("quelqu.un.autre@exemple.fr")),
                backOffice.clock.instant(),
                backOffice.clock.instant().plus(SignInLinks.VALIDITY)));

        assertRefused(handler.handleRequest(open(token.value()), null));
        assertThat(backOffice.tokens.sessions()).isEmpty();
    }

    @Test
    void givenTheMemberRemovedSinceTheLinkWasSentThenItOpensNothing() {
        String token = backOffice.linkFor(member);
        backOffice.members.remove(member.memberId(), member.version());

        assertRefused(handler.handleRequest(open(token), null));
        assertThat(backOffice.tokens.sessions()).isEmpty();
    }

    @Test
    void givenTheMembersSessionsEndedByAnAdminSinceTheLinkWasSentThenItOpensNothing() {
        String token = backOffice.linkFor(member);
        backOffice.clock.advance(Duration.ofMinutes(1));
        backOffice.members.endSessions(member.memberId(), backOffice.clock.instant());

        assertRefused(handler.handleRequest(open(token), null));
        assertThat(backOffice.tokens.sessions()).isEmpty();
    }

    @Test
    void givenTheButtonPressedFromAnotherSiteThenNothingIsUsedUpNorOpened() {
        String token = backOffice.linkFor(member);

        APIGatewayV2HTTPResponse refused = assertPrivate(handler.handleRequest(
                BackOfficeEvents.post(OPEN, Map.of(), fields(SignInFields.TOKEN, token), "https://evil.example"),
                null));

        assertThat(refused.getStatusCode()).isEqualTo(403);
        assertThat(refused.getHeaders()).doesNotContainKey("Set-Cookie");
        assertThat(backOffice.tokens.sessions()).isEmpty();
        assertThat(handler.handleRequest(open(token), null).getStatusCode()).isEqualTo(303);
    }

    private static void assertRefused(APIGatewayV2HTTPResponse response) {
        assertPrivate(response);
        assertThat(response.getStatusCode()).isEqualTo(410);
        assertThat(response.getHeaders()).doesNotContainKey("Set-Cookie");
        assertThat(main(response)).contains("Ce lien ne fonctionne plus", "Demander un nouveau lien de connexion");
    }

    private static APIGatewayV2HTTPEvent show(String token) {
        return BackOfficeEvents.get(SHOW, Map.of(), Map.of(SignInFields.TOKEN, token));
    }

    private static APIGatewayV2HTTPEvent open(String token) {
        return BackOfficeEvents.post(OPEN, Map.of(), fields(SignInFields.TOKEN, token));
    }
}
