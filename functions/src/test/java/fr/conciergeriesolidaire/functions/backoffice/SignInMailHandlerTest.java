package fr.conciergeriesolidaire.functions.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.outbox.Email;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** After the answer, from the stream: a link for a member's address, nothing for any other, the request forgotten. */
class SignInMailHandlerTest {
    private static final Pattern LINK = Pattern.compile(
            Pattern.quote(BackOfficeEvents.ORIGIN + SignInLinks.PATH + "?jeton=") + "([A-Za-z0-9_-]{43})");

    private final InMemoryBackOffice backOffice = new InMemoryBackOffice();
    private final SignInMailHandler handler = backOffice.mailHandler();

    @Test
    void givenAMembersRequestThenALinkValidFifteenMinutesGoesToTheirAddressAndOpensTheirSession() {
        Member member = backOffice.member("Camille Martin", "camille.martin@exemple.fr", Role.TEAM);

        var response = handler.handleRequest(stream(request("camille.martin@exemple.fr")), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        Email mail = assertThat(backOffice.mailer.sent()).singleElement().actual();
        assertThat(mail.to()).containsExactly("camille.martin@exemple.fr");
        assertThat(mail.subject()).isEqualTo("Votre lien de connexion à l'espace de l'équipe");
        assertThat(mail.text()).contains("Bonjour Camille Martin", "une seule fois, pendant 15\u00a0minutes");
        String token = token(mail.text());
        assertThat(mail.html()).contains("href=\"" + BackOfficeEvents.ORIGIN + SignInLinks.PATH + "?jeton=" + token);
        assertThat(backOffice.requests.all()).isEmpty();
        assertThat(backOffice.tokens.links()).singleElement().satisfies(link -> {
            assertThat(link.memberId()).contains(member.memberId());
            assertThat(link.expiresAt()).isEqualTo(InMemoryBackOffice.START.plus(Duration.ofMinutes(15)));
            assertThat(link.hash()).isNotEqualTo(token).doesNotContain(token);
        });
        assertThat(backOffice
                        .links
                        .open(token, backOffice.clock.instant())
                        .session()
                        .memberId())
                .isEqualTo(member.memberId());
    }

    @Test
    void givenARequestForAnAddressOfNoMemberThenNothingIsSentNorIssuedAndTheRequestIsForgotten() {
        backOffice.member("Camille Martin", "camille.martin@exemple.fr", Role.ADMIN);

        handler.handleRequest(stream(request("dominique.durand@exemple.fr")), null);

        assertThat(backOffice.mailer.sent()).isEmpty();
        assertThat(backOffice.tokens.links()).isEmpty();
        assertThat(backOffice.requests.all()).isEmpty();
    }

    @Test
    void givenNoAdminYetThenTheDeploymentsAdminAddressBecomesTheFirstAdminOnItsFirstRequest() {
        handler.handleRequest(stream(request(InMemoryBackOffice.ADMIN_EMAIL)), null);
        handler.handleRequest(stream(request(InMemoryBackOffice.ADMIN_EMAIL)), null);

        assertThat(backOffice.members.all().values()).singleElement().satisfies(admin -> {
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.email()).isEqualTo(InMemoryBackOffice.ADMIN_EMAIL);
        });
        assertThat(backOffice.mailer.sent()).hasSize(2);
    }

    @Test
    void givenTheTeamHasAnAdminThenTheDeploymentsAdminAddressGivesNothingAnyMore() {
        backOffice.member("Camille Martin", "camille.martin@exemple.fr", Role.ADMIN);

        handler.handleRequest(stream(request(InMemoryBackOffice.ADMIN_EMAIL)), null);

        assertThat(backOffice.members.all()).hasSize(1);
        assertThat(backOffice.mailer.sent()).isEmpty();
    }

    @Test
    void givenARequestOlderThanTheLinkItWouldGiveThenNothingIsSent() {
        backOffice.member("Camille Martin", "camille.martin@exemple.fr", Role.TEAM);
        String id = request("camille.martin@exemple.fr");
        backOffice.clock.advance(Duration.ofMinutes(16));

        handler.handleRequest(stream(id), null);

        assertThat(backOffice.mailer.sent()).isEmpty();
    }

    @Test
    void givenTheMailServiceDownThenTheRecordIsReportedForRetryAndTheRequestKept() {
        backOffice.member("Camille Martin", "camille.martin@exemple.fr", Role.TEAM);
        String id = request("camille.martin@exemple.fr");
        backOffice.mailer.refuse(true);

        var response = handler.handleRequest(stream(id), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(backOffice.requests.all()).hasSize(1);
        backOffice.mailer.refuse(false);
        assertThat(handler.handleRequest(stream(id), null).getBatchItemFailures())
                .isEmpty();
        assertThat(backOffice.mailer.sent()).hasSize(1);
    }

    /** A request as the sign-in page stores it; its id. */
    private String request(String email) {
        backOffice
                .signInRequestHandler()
                .handleRequest(
                        BackOfficeEvents.post(
                                "POST /api/backoffice/connexion",
                                Map.of(),
                                BackOfficeEvents.fields(SignInFields.EMAIL, email)),
                        null);
        List<SignInRequest> stored = new ArrayList<>(backOffice.requests.all());
        stored.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return stored.get(stored.size() - 1).requestId();
    }

    static String token(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static DynamodbEvent stream(String requestId) {
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventName("INSERT");
        record.setDynamodb(new StreamRecord()
                .withKeys(Map.of(DynamoDbSignInRequests.REQUEST_ID, new AttributeValue().withS(requestId)))
                .withSequenceNumber("1"));
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record));
        return event;
    }
}
