package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.access.AuthorizerContext;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The back-office through the functions as template.yaml builds them, on dynalite and aws-ses-v2-local: the first
 * admin signs in by the e-mailed link, manages the team, and every refusal holds against real storage (conditional
 * deletes, indexes, TTL attributes). Ordered: each step starts from the team the previous ones made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackOfficeIT {
    private static final String SIGN_IN = "POST " + Navigation.SIGN_IN;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private EmulatedBackOffice world;
    private SignedInMember admin;
    private String adminCookie;

    @BeforeAll
    void start() {
        world = EmulatedBackOffice.inMemory(clock);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @BeforeEach
    void noMailYet() {
        world.emulators().mail().clearStore();
    }

    @Test
    @Order(1)
    void givenAnEmptyTeamThenTheDeploymentsAdminSignsInByTheLinkSentToTheirAddress() {
        String cookie = signIn(EmulatedAws.ADMIN_EMAIL).orElseThrow();

        SimpleIAMPolicyResponse allowed = authorize(cookie);
        assertThat(allowed.getIsAuthorized()).isTrue();
        assertThat(allowed.getContext()).containsEntry("role", "ADMIN");
        admin = signedIn(allowed);
        adminCookie = cookie;
        assertThat(world.items("SignInRequestsTable"))
                .as("each request is forgotten once handled")
                .isEmpty();
        Map<String, AttributeValue> session = world.items("AccessTokensTable").get(0);
        assertThat(session.get("kind").s()).isEqualTo("SESSION");
        assertThat(session.values().toString()).doesNotContain(cookie);
        assertThat(Long.parseLong(session.get("expiresAt").n()))
                .isEqualTo(clock.instant().plus(Duration.ofHours(12)).getEpochSecond());
    }

    @Test
    @Order(2)
    void givenTheAdminAddingAConciergeThenTheyAreFoundByTheirAddressAndListedByRole() {
        APIGatewayV2HTTPResponse added = asAdmin(
                world.members(),
                post(
                        MembersHandler.ADD,
                        Map.of(),
                        fields(
                                "name",
                                "Camille Martin",
                                "email",
                                "Camille.Martin@exemple.fr",
                                "role",
                                "COUNTER",
                                "counter.comptoir-tilleuls",
                                "yes")));

        assertThat(added.getStatusCode()).isEqualTo(303);
        APIGatewayV2HTTPResponse list = asAdmin(world.members(), BackOfficeEvents.get(MembersHandler.LIST));
        assertThat(Jsoup.parse(list.getBody()).select("main .bo-list a"))
                .extracting(a -> a.text())
                .containsExactly(admin.name(), "Camille Martin");
        assertThat(world.items("MembersTable").toString())
                .as("no address in clear in any key")
                .contains("emailHash")
                .contains("camille.martin@exemple.fr");
        APIGatewayV2HTTPResponse again = asAdmin(
                world.members(),
                post(
                        MembersHandler.ADD,
                        Map.of(),
                        fields("name", "Camille", "email", "camille.martin@exemple.fr", "role", "TEAM")));
        assertThat(again.getStatusCode()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void givenAMembersAddressAndAnUnknownOneThenTheSignInAnswersAreTheSameAndOnlyTheMemberGetsALink() {
        APIGatewayV2HTTPResponse member =
                world.signInRequests().handleRequest(request("camille.martin@exemple.fr"), null);
        APIGatewayV2HTTPResponse stranger = world.signInRequests().handleRequest(request("nobody@exemple.fr"), null);

        assertThat(stranger.getStatusCode()).isEqualTo(member.getStatusCode()).isEqualTo(303);
        assertThat(stranger.getHeaders()).isEqualTo(member.getHeaders());
        assertThat(stranger.getBody()).isEqualTo(member.getBody());
        assertThat(world.environmentOf("SignInRequestFunction"))
                .as("the function answering cannot read the members")
                .doesNotContainKey("MEMBERS_TABLE");
        assertThat(world.items("SignInRequestsTable")).hasSize(2);

        world.signInMails().handleRequest(world.newSignInRequests(), null);

        assertThat(world.sentMails()).extracting(SentMail::to).containsExactly(List.of("camille.martin@exemple.fr"));
    }

    @Test
    @Order(4)
    void givenLinksUsedExpiredForgedOrForAnotherAddressThenNoneOpensASession() {
        String token = requestLink("camille.martin@exemple.fr");
        assertThat(open(token).getStatusCode()).isEqualTo(303);
        assertThat(open(token).getStatusCode()).as("used").isEqualTo(410);

        String expired = requestLink("camille.martin@exemple.fr");
        clock.advance(Duration.ofMinutes(15));
        assertThat(open(expired).getStatusCode()).as("expired").isEqualTo(410);

        assertThat(open("A".repeat(43)).getStatusCode()).as("forged").isEqualTo(410);
        assertThat(open(token.substring(1) + "x").getStatusCode())
                .as("tampered")
                .isEqualTo(410);

        String beforeRemoval = requestLink("camille.martin@exemple.fr");
        Member camille = camille();
        asAdmin(
                world.members(),
                post(MembersHandler.REMOVE, Map.of("memberId", camille.memberId()), fields("version", "1")));
        asAdmin(
                world.members(),
                post(
                        MembersHandler.ADD,
                        Map.of(),
                        fields("name", "Camille Martin", "email", "camille.martin@exemple.fr", "role", "TEAM")));
        assertThat(open(beforeRemoval).getStatusCode())
                .as("a link sent to the removed member, whose address now belongs to a new one")
                .isEqualTo(410);
        long sessions = world.items("AccessTokensTable").stream()
                .filter(item -> item.get("kind").s().equals("SESSION"))
                .count();
        assertThat(sessions)
                .as("the admin's only: the removed member's session went with them")
                .isEqualTo(1);
    }

    @Test
    @Order(5)
    void givenACookieWithoutSessionOrAnEndedOneThenTheAuthorizerRefuses() {
        assertThat(authorize(world.wiring("SessionAuthorizerFunction").links().hashCode() + "x")
                        .getIsAuthorized())
                .isFalse();
        assertThat(authorize("A".repeat(43)).getIsAuthorized())
                .as("cookie without session")
                .isFalse();

        String cookie = signIn("camille.martin@exemple.fr").orElseThrow();
        assertThat(authorize(cookie).getIsAuthorized()).isTrue();
        clock.advance(Duration.ofHours(12));
        assertThat(authorize(cookie).getIsAuthorized()).as("12 hours idle").isFalse();

        String active = signIn("camille.martin@exemple.fr").orElseThrow();
        for (int hours = 11; hours < 7 * 24; hours += 11) {
            clock.advance(Duration.ofHours(11));
            assertThat(authorize(active).getIsAuthorized())
                    .as("active, %d hours after signing in", hours)
                    .isTrue();
        }
        clock.advance(Duration.ofHours(11));
        assertThat(authorize(active).getIsAuthorized())
                .as("7 days after signing in")
                .isFalse();
        adminCookie = signIn(EmulatedAws.ADMIN_EMAIL).orElseThrow();
        admin = signedIn(authorize(adminCookie));
    }

    @Test
    @Order(6)
    void givenAConciergeOnAnAdminPageOrFormsFromElsewhereThenTheyAreRefusedAndNothingChanges() {
        asAdmin(
                world.members(),
                post(
                        MembersHandler.CHANGE,
                        Map.of("memberId", camille().memberId()),
                        fields(
                                "name",
                                "Camille Martin",
                                "role",
                                "COUNTER",
                                "counter.comptoir-canal",
                                "yes",
                                "version",
                                "1")));
        SignedInMember concierge =
                signedIn(authorize(signIn("camille.martin@exemple.fr").orElseThrow()));
        assertThat(concierge.role()).isEqualTo(Role.COUNTER);
        List<Map<String, AttributeValue>> before = world.items("MembersTable");

        APIGatewayV2HTTPResponse list = world.members()
                .handleRequest(BackOfficeEvents.signedIn(BackOfficeEvents.get(MembersHandler.LIST), concierge), null);
        APIGatewayV2HTTPResponse add = world.members()
                .handleRequest(
                        BackOfficeEvents.signedIn(
                                post(
                                        MembersHandler.ADD,
                                        Map.of(),
                                        withToken(
                                                fields("name", "Eve", "email", "eve@exemple.fr", "role", "ADMIN"),
                                                concierge)),
                                concierge),
                        null);
        APIGatewayV2HTTPResponse noToken = world.members()
                .handleRequest(
                        BackOfficeEvents.signedIn(
                                BackOfficeEvents.post(
                                        MembersHandler.ADD,
                                        Map.of(),
                                        fields("name", "Eve", "email", "eve@exemple.fr", "role", "ADMIN")),
                                admin),
                        null);
        APIGatewayV2HTTPResponse elsewhere = world.members()
                .handleRequest(
                        BackOfficeEvents.signedIn(
                                BackOfficeEvents.post(
                                        MembersHandler.ADD,
                                        Map.of(),
                                        withToken(
                                                fields("name", "Eve", "email", "eve@exemple.fr", "role", "ADMIN"),
                                                admin),
                                        "https://evil.example"),
                                admin),
                        null);

        assertThat(List.of(list, add, noToken, elsewhere))
                .extracting(APIGatewayV2HTTPResponse::getStatusCode)
                .containsOnly(403);
        assertThat(world.items("MembersTable")).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    @Order(7)
    void givenTwoAdminsChangingOneMemberAtOnceThenOneWinsAndTheOtherSees409() {
        Member camille = camille();
        Map<String, String> first =
                fields("name", "Camille Martin", "role", "TEAM", "version", Long.toString(camille.version()));
        Map<String, String> second =
                fields("name", "Camille M.", "role", "ADMIN", "version", Long.toString(camille.version()));

        APIGatewayV2HTTPResponse won =
                asAdmin(world.members(), post(MembersHandler.CHANGE, Map.of("memberId", camille.memberId()), first));
        APIGatewayV2HTTPResponse lost =
                asAdmin(world.members(), post(MembersHandler.CHANGE, Map.of("memberId", camille.memberId()), second));

        assertThat(won.getStatusCode()).isEqualTo(303);
        assertThat(lost.getStatusCode()).isEqualTo(409);
        assertThat(camille().role()).isEqualTo(Role.TEAM);
    }

    @Test
    @Order(8)
    void givenEndingAllSessionsOfAMemberThenTheirSessionsAndPendingLinksAreGoneFromTheTable() {
        String cookie = signIn("camille.martin@exemple.fr").orElseThrow();
        String pending = requestLink("camille.martin@exemple.fr");
        Member camille = camille();

        APIGatewayV2HTTPResponse ended = asAdmin(
                world.members(), post(MembersHandler.END_SESSIONS, Map.of("memberId", camille.memberId()), Map.of()));

        assertThat(ended.getStatusCode()).isEqualTo(303);
        assertThat(authorize(cookie).getIsAuthorized()).isFalse();
        assertThat(open(pending).getStatusCode()).isEqualTo(410);
        assertThat(world.items("AccessTokensTable"))
                .noneMatch(item -> camille.memberId()
                        .equals(Optional.ofNullable(item.get("memberId"))
                                .map(AttributeValue::s)
                                .orElse(null)));
    }

    @Test
    @Order(9)
    void givenSignOutThenTheSessionIsGoneFromTheTable() {
        APIGatewayV2HTTPResponse out = world.signOut()
                .handleRequest(
                        BackOfficeEvents.signedIn(
                                BackOfficeEvents.post(
                                        "POST " + Navigation.SIGN_OUT,
                                        Map.of(),
                                        fields(FormGuard.FIELD, admin.csrfToken())),
                                admin),
                        null);

        assertThat(out.getStatusCode()).isEqualTo(303);
        assertThat(authorize(adminCookie).getIsAuthorized()).isFalse();
    }

    @Test
    @Order(10)
    void givenManyRequestsForOneAddressThenTheLimitHoldsAcrossFunctionInstances() {
        int accepted = 0;
        int refused = 0;
        for (int request = 0; request < SignInService.PER_ADDRESS + 2; request++) {
            // A new function instance each time, from another client: the count lives in the table.
            int status = world.signInRequests()
                    .handleRequest(withClient(request("limite@exemple.fr"), request), null)
                    .getStatusCode();
            if (status == 303) {
                accepted++;
            } else if (status == 429) {
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(SignInService.PER_ADDRESS);
        assertThat(refused).isEqualTo(2);
    }

    /** Asks for a link as the sign-in page does, lets the stream send it, follows it: the session's cookie. */
    private Optional<String> signIn(String email) {
        String token = requestLink(email);
        APIGatewayV2HTTPResponse opened = open(token);
        if (opened.getStatusCode() != 303) {
            return Optional.empty();
        }
        String cookie = opened.getHeaders().get("Set-Cookie");
        return Optional.of(cookie.substring(SessionCookie.NAME.length() + 1, cookie.indexOf(';')));
    }

    /** The token of the link e-mailed for that request. */
    private String requestLink(String email) {
        world.emulators().mail().clearStore();
        assertThat(world.signInRequests().handleRequest(request(email), null).getStatusCode())
                .isEqualTo(303);
        world.signInMails().handleRequest(world.newSignInRequests(), null);
        List<SentMail> mails = world.sentMails();
        assertThat(mails).as("a link for " + email).hasSize(1);
        return SignInMailHandlerTest.token(mails.get(0).text());
    }

    private APIGatewayV2HTTPResponse open(String token) {
        world.signInLinks()
                .handleRequest(BackOfficeEvents.get("GET " + SignInLinks.PATH, Map.of(), Map.of("jeton", token)), null);
        return world.signInLinks()
                .handleRequest(
                        BackOfficeEvents.post("POST " + SignInLinks.PATH, Map.of(), fields("jeton", token)), null);
    }

    private SimpleIAMPolicyResponse authorize(String cookie) {
        return world.authorizer()
                .handleRequest(
                        BackOfficeEvents.withCookie(BackOfficeEvents.get("GET " + Navigation.DASHBOARD), cookie), null);
    }

    private static SignedInMember signedIn(SimpleIAMPolicyResponse allowed) {
        APIGatewayV2HTTPEvent event = BackOfficeEvents.get("GET " + Navigation.DASHBOARD);
        event.getRequestContext()
                .setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                        .withLambda(new HashMap<>(allowed.getContext()))
                        .build());
        return AuthorizerContext.signedIn(event);
    }

    private APIGatewayV2HTTPResponse asAdmin(MembersHandler handler, APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(BackOfficeEvents.signedIn(event, admin), null);
    }

    private APIGatewayV2HTTPEvent post(String route, Map<String, String> path, Map<String, String> fields) {
        return BackOfficeEvents.post(route, path, withToken(fields, admin));
    }

    private static Map<String, String> withToken(Map<String, String> fields, SignedInMember member) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put(FormGuard.FIELD, member.csrfToken());
        return withToken;
    }

    private Member camille() {
        return world.wiring("MembersFunction").memberService().all().stream()
                .filter(member -> member.email().equals("camille.martin@exemple.fr"))
                .findFirst()
                .orElseThrow();
    }

    private static APIGatewayV2HTTPEvent request(String email) {
        return BackOfficeEvents.post(SIGN_IN, Map.of(), fields(SignInFields.EMAIL, email));
    }

    private static APIGatewayV2HTTPEvent withClient(APIGatewayV2HTTPEvent event, int client) {
        event.getRequestContext().getHttp().setSourceIp("198.51.100." + (client + 1));
        return event;
    }
}
