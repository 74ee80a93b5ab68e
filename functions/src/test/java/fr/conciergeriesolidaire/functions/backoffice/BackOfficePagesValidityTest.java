package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.AccessDeniedException;
import fr.conciergeriesolidaire.functions.access.ForgedRequestException;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.NotSignedInException;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.PayloadTooLargeException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.testing.ValidPages;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Every back-office page, in every state a person can meet, in the site's real shell: valid HTML (Nu Html Checker),
 * one {@code h1}, and each form control labelled. (axe-core runs on them in the browser tests.)
 */
class BackOfficePagesValidityTest {
    private final InMemoryBackOffice backOffice = new InMemoryBackOffice();
    private final Member admin = backOffice.member("Alix Admin", "alix@exemple.fr", Role.ADMIN);
    private final Member concierge =
            backOffice.member("Camille Martin", "camille@exemple.fr", Role.COUNTER, "comptoir-tilleuls");
    private final SignedInMember signedInAdmin = backOffice.signIn(admin).member();

    @Test
    void givenEveryPageAndStateThenEachIsValidHtmlWithOneHeadingAndLabelledControls() {
        Map<String, APIGatewayV2HTTPResponse> pages = new LinkedHashMap<>();
        signInPages(pages);
        memberPages(pages);
        refusals(pages);

        ValidPages.assertEach(pages);
        assertThat(pages).hasSizeGreaterThan(25);
    }

    private void signInPages(Map<String, APIGatewayV2HTTPResponse> pages) {
        SignInRequestHandler signIn = backOffice.signInRequestHandler();
        pages.put("sign-in", signIn.handleRequest(BackOfficeEvents.get("GET " + Navigation.SIGN_IN), null));
        for (String flash : List.of("lien-demande", "deconnexion", "inconnu")) {
            pages.put(
                    "sign-in, " + flash,
                    signIn.handleRequest(
                            BackOfficeEvents.get("GET " + Navigation.SIGN_IN, Map.of(), Map.of("fait", flash)), null));
        }
        pages.put(
                "sign-in, wrong address",
                signIn.handleRequest(
                        BackOfficeEvents.post("POST " + Navigation.SIGN_IN, Map.of(), fields("email", "pas@adresse")),
                        null));
        pages.put(
                "sign-in, no address",
                signIn.handleRequest(BackOfficeEvents.post("POST " + Navigation.SIGN_IN, Map.of(), Map.of()), null));
        pages.put(
                "sign-in, from elsewhere",
                signIn.handleRequest(
                        BackOfficeEvents.post(
                                "POST " + Navigation.SIGN_IN,
                                Map.of(),
                                fields("email", "a@exemple.fr"),
                                "https://evil.example"),
                        null));
        for (int request = 0; request <= SignInService.PER_ADDRESS; request++) {
            pages.put(
                    "sign-in, too many",
                    signIn.handleRequest(
                            BackOfficeEvents.post(
                                    "POST " + Navigation.SIGN_IN, Map.of(), fields("email", "a@exemple.fr")),
                            null));
        }
        assertThat(pages.get("sign-in, too many").getStatusCode()).isEqualTo(429);

        SignInLinkHandler link = backOffice.linkHandler();
        String token = backOffice.linkFor(concierge);
        pages.put(
                "link",
                link.handleRequest(
                        BackOfficeEvents.get("GET " + SignInLinks.PATH, Map.of(), Map.of("jeton", token)), null));
        backOffice.clock.advance(Duration.ofMinutes(20));
        pages.put(
                "link, expired",
                link.handleRequest(
                        BackOfficeEvents.get("GET " + SignInLinks.PATH, Map.of(), Map.of("jeton", token)), null));
        backOffice.clock.advance(Duration.ofMinutes(-20));

        DashboardHandler dashboard = backOffice.dashboardHandler();
        for (Member member :
                List.of(admin, concierge, backOffice.member("Dominique Durand", "dominique@exemple.fr", Role.TEAM))) {
            pages.put(
                    "dashboard, " + member.role(),
                    dashboard.handleRequest(
                            BackOfficeEvents.signedIn(
                                    BackOfficeEvents.get("GET " + Navigation.DASHBOARD),
                                    backOffice.signIn(member).member()),
                            null));
        }
    }

    private void memberPages(Map<String, APIGatewayV2HTTPResponse> pages) {
        MembersHandler members = backOffice.membersHandler();
        Map<String, String> concierged = Map.of("memberId", concierge.memberId());
        pages.put("members", asAdmin(members, BackOfficeEvents.get(MembersHandler.LIST)));
        pages.put(
                "members, added",
                asAdmin(members, BackOfficeEvents.get(MembersHandler.LIST, Map.of(), Map.of("fait", "membre-ajoute"))));
        pages.put("new member", asAdmin(members, BackOfficeEvents.get(MembersHandler.NEW)));
        pages.put(
                "new member, errors",
                asAdmin(
                        members,
                        BackOfficeEvents.post(
                                MembersHandler.ADD,
                                Map.of(),
                                token(fields("name", "1", "email", "x", "role", "COUNTER")))));
        pages.put(
                "new member, unknown role",
                asAdmin(
                        members,
                        BackOfficeEvents.post(
                                MembersHandler.ADD,
                                Map.of(),
                                token(fields("name", "Eve", "email", "eve@exemple.fr", "role", "BOSS")))));
        pages.put(
                "new member, address taken",
                asAdmin(
                        members,
                        BackOfficeEvents.post(
                                MembersHandler.ADD,
                                Map.of(),
                                token(fields("name", "Eve", "email", "camille@exemple.fr", "role", "TEAM")))));
        pages.put("member", asAdmin(members, BackOfficeEvents.get(MembersHandler.SHOW, concierged, Map.of())));
        pages.put(
                "member, changed",
                asAdmin(
                        members,
                        BackOfficeEvents.get(MembersHandler.SHOW, concierged, Map.of("fait", "membre-modifie"))));
        pages.put(
                "member, self",
                asAdmin(
                        members,
                        BackOfficeEvents.get(MembersHandler.SHOW, Map.of("memberId", admin.memberId()), Map.of())));
        pages.put(
                "member, errors",
                asAdmin(
                        members,
                        BackOfficeEvents.post(
                                MembersHandler.CHANGE,
                                concierged,
                                token(fields("name", "", "role", "COUNTER", "version", "1")))));
        pages.put(
                "member, own role",
                asAdmin(
                        members,
                        BackOfficeEvents.post(
                                MembersHandler.CHANGE,
                                Map.of("memberId", admin.memberId()),
                                token(fields("name", "Alix Admin", "role", "TEAM", "version", "1")))));
        backOffice.members.change(concierge.memberId(), 1, "Camille M.", Role.TEAM, List.of());
        pages.put(
                "member, conflict",
                asAdmin(
                        members,
                        BackOfficeEvents.post(
                                MembersHandler.CHANGE,
                                concierged,
                                token(fields("name", "Camille", "role", "ADMIN", "version", "1")))));
        pages.put(
                "member, removal conflict",
                asAdmin(
                        members,
                        BackOfficeEvents.post(MembersHandler.REMOVE, concierged, token(fields("version", "1")))));
        assertThat(pages.get("member, conflict").getStatusCode()).isEqualTo(409);
        asAdmin(
                members,
                BackOfficeEvents.post(
                        MembersHandler.CHANGE,
                        concierged,
                        token(fields(
                                "name",
                                "Camille",
                                "role",
                                "COUNTER",
                                "counter.comptoir-tilleuls",
                                "yes",
                                "version",
                                "2"))));
        pages.put(
                "member, with its trail",
                asAdmin(members, BackOfficeEvents.get(MembersHandler.SHOW, concierged, Map.of())));
        assertThat(Jsoup.parse(pages.get("member, with its trail").getBody()).select("ol.trail > li"))
                .hasSize(1);
    }

    private void refusals(Map<String, APIGatewayV2HTTPResponse> pages) {
        ScreenFailuresProbe probe = new ScreenFailuresProbe();
        HttpRequest request = HttpRequest.from(BackOfficeEvents.get(MembersHandler.LIST));
        ScreenFrame signedIn = ScreenFrame.of(request, signedInAdmin);
        ScreenFrame visitor = ScreenFrame.visitor(request);
        pages.put("401", probe.page(new NotSignedInException(), visitor));
        pages.put("403 role", probe.page(new AccessDeniedException(), signedIn));
        pages.put("403 forged", probe.page(new ForgedRequestException(), signedIn));
        pages.put("404", probe.page(new NoSuchRecordException(), signedIn));
        pages.put("409", probe.page(new VersionConflictException(), signedIn));
        pages.put("413", probe.page(new PayloadTooLargeException(1), signedIn));
        pages.put("429", probe.page(new TooManyRequestsException(Duration.ofMinutes(3), "answer.throttled"), visitor));
        pages.put("503", probe.page(new StorageUnavailableException(new IllegalStateException()), signedIn));
        pages.put("500", probe.page(new IllegalStateException("boom"), signedIn));
        assertThat(pages.get("503").getStatusCode()).isEqualTo(503);
    }

    private APIGatewayV2HTTPResponse asAdmin(MembersHandler handler, APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(BackOfficeEvents.signedIn(event, signedInAdmin), null);
    }

    private Map<String, String> token(Map<String, String> fields) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put(FormGuard.FIELD, signedInAdmin.csrfToken());
        return withToken;
    }

    /** The refusal pages, as every back-office handler writes them. */
    private static final class ScreenFailuresProbe {
        APIGatewayV2HTTPResponse page(RuntimeException failure, ScreenFrame frame) {
            return BackOfficeWiring.failures().of(failure, frame).toEvent();
        }
    }
}
