package fr.conciergeriesolidaire.functions.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.Session;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API's authorizer: a live session of a member still on the team passes, with who they are now; nothing
 * else does (no cookie, forged cookie, idle or too old session, signed out, removed member, sessions ended).
 */
class SessionAuthorizerHandlerTest {
    private final InMemoryBackOffice backOffice = new InMemoryBackOffice();
    private final SessionAuthorizerHandler authorizer = backOffice.authorizerHandler();
    private final Member member = backOffice.member(
            "Camille Martin",
            "camille.martin@exemple.fr",
            Role.COUNTER,
            "comptoir-tilleuls",
            "site-entreprise-bailleur");

    @Test
    void givenALiveSessionThenTheMemberPassesWithTheirRoleCountersSessionAndFormToken() {
        InMemoryBackOffice.SignedIn signedIn = backOffice.signIn(member);

        SimpleIAMPolicyResponse answer = authorize(signedIn.cookie());

        assertThat(answer.getIsAuthorized()).isTrue();
        assertThat(answer.getContext())
                .containsEntry("memberId", member.memberId())
                .containsEntry("name", "Camille Martin")
                .containsEntry("role", "COUNTER")
                .containsEntry("counters", "comptoir-tilleuls,site-entreprise-bailleur")
                .containsEntry("session", signedIn.member().sessionKey())
                .containsEntry("csrf", signedIn.member().csrfToken());
    }

    @Test
    void givenTheMembersRoleChangedSinceSigningInThenTheContextSaysTheNewOne() {
        InMemoryBackOffice.SignedIn signedIn = backOffice.signIn(member);
        backOffice.members.change(member.memberId(), 1, "Camille Martin", Role.TEAM, List.of());

        assertThat(authorize(signedIn.cookie()).getContext())
                .containsEntry("role", "TEAM")
                .containsEntry("counters", "");
    }

    @Test
    void givenNoCookieOrAForgedOneThenNothingPasses() {
        backOffice.signIn(member);

        assertThat(authorizer
                        .handleRequest(BackOfficeEvents.get("GET " + Navigation.DASHBOARD), null)
                        .getIsAuthorized())
                .isFalse();
        for (String forged :
                List.of("", "x", "a".repeat(43), backOffice.secrets.create().value(), "a;b=c")) {
            assertThat(authorize(forged).getIsAuthorized()).as(forged).isFalse();
            assertThat(authorize(forged).getContext()).isEmpty();
        }
    }

    @Test
    void givenTwelveHoursWithoutARequestThenTheSessionHasEnded() {
        InMemoryBackOffice.SignedIn signedIn = backOffice.signIn(member);
        backOffice.clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(authorize(signedIn.cookie()).getIsAuthorized()).isTrue();

        backOffice.clock.advance(Duration.ofHours(12));

        assertThat(authorize(signedIn.cookie()).getIsAuthorized()).isFalse();
    }

    @Test
    void givenSevenDaysSinceSigningInThenTheSessionHasEndedHoweverActive() {
        InMemoryBackOffice.SignedIn signedIn = backOffice.signIn(member);
        for (int hours = 0; hours < 7 * 24 - 11; hours += 11) {
            backOffice.clock.advance(Duration.ofHours(11));
            assertThat(authorize(signedIn.cookie()).getIsAuthorized())
                    .as("after %d hours", hours + 11)
                    .isTrue();
        }

        backOffice.clock.advance(Duration.ofHours(11));

        assertThat(authorize(signedIn.cookie()).getIsAuthorized()).isFalse();
    }

    @Test
    void givenRequestsThenActivityIsRecordedAtMostEveryFiveMinutes() {
        InMemoryBackOffice.SignedIn signedIn = backOffice.signIn(member);
        backOffice.clock.advance(Duration.ofMinutes(4));
        authorize(signedIn.cookie());
        assertThat(session().lastSeenAt()).isEqualTo(InMemoryBackOffice.START);

        backOffice.clock.advance(Duration.ofMinutes(2));
        authorize(signedIn.cookie());

        assertThat(session().lastSeenAt()).isEqualTo(InMemoryBackOffice.START.plus(Duration.ofMinutes(6)));
    }

    @Test
    void givenTheSessionEndedBySigningOutThenItsCookieOpensNothing() {
        InMemoryBackOffice.SignedIn signedIn = backOffice.signIn(member);
        backOffice.sessions.end(signedIn.member().sessionKey());

        assertThat(authorize(signedIn.cookie()).getIsAuthorized()).isFalse();
    }

    @Test
    void givenTheMemberRemovedThenTheirSessionOpensNothingEvenIfStillStored() {
        InMemoryBackOffice.SignedIn signedIn = backOffice.signIn(member);
        backOffice.members.remove(member.memberId(), member.version());

        assertThat(backOffice.tokens.sessions()).hasSize(1);
        assertThat(authorize(signedIn.cookie()).getIsAuthorized()).isFalse();
    }

    @Test
    void givenTheMembersSessionsEndedByAnAdminThenOlderSessionsOpenNothingButNewerOnesDo() {
        InMemoryBackOffice.SignedIn before = backOffice.signIn(member);
        backOffice.clock.advance(Duration.ofSeconds(1));
        backOffice.members.endSessions(member.memberId(), backOffice.clock.instant());
        backOffice.clock.advance(Duration.ofSeconds(1));
        InMemoryBackOffice.SignedIn after = backOffice.signIn(member);

        assertThat(authorize(before.cookie()).getIsAuthorized()).isFalse();
        assertThat(authorize(after.cookie()).getIsAuthorized()).isTrue();
    }

    private SimpleIAMPolicyResponse authorize(String cookie) {
        APIGatewayV2HTTPEvent event =
                BackOfficeEvents.withCookie(BackOfficeEvents.get("GET " + Navigation.DASHBOARD), cookie);
        return authorizer.handleRequest(event, null);
    }

    private Session session() {
        return backOffice.tokens.sessions().get(0);
    }
}
