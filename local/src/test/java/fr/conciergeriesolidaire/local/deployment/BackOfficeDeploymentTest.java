package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.local.NodeScript;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.local.functions.EventSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back-office as deployed: every route behind the session authorizer but the way in, the authorizer's settings,
 * CloudFront never caching the team's pages and forwarding only the session cookie and the visitor's host, the
 * sign-in request's function unable to read the members, and the tables' keeping.
 */
class BackOfficeDeploymentTest {
    private static final String AUTHORIZER = "SessionAuthorizer";
    /** The way in: asking for a link and following it, before any session exists. */
    private static final Set<String> PUBLIC_ROUTES = Set.of(
            "GET /api/backoffice/connexion",
            "POST /api/backoffice/connexion",
            "GET /api/backoffice/connexion/lien",
            "POST /api/backoffice/connexion/lien");

    private final SamTemplate template = Repository.template();

    @TempDir
    Path folder;

    @Test
    void givenEveryBackOfficeRouteThenAllButTheWayInNameTheSessionAuthorizerAndNoOtherRouteNamesOne() {
        List<String> guarded = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            for (SamTemplate.EventSource event : function.eventsOfType(EventSources.HTTP_API)) {
                String route = event.properties().get("Method") + " "
                        + event.properties().get("Path");
                Object authorizer =
                        SamTemplate.map(event.properties().get("Auth")).get("Authorizer");
                (AUTHORIZER.equals(authorizer) ? guarded : open).add(route);
                if (authorizer != null) {
                    assertThat(authorizer).as(route).isEqualTo(AUTHORIZER);
                }
            }
        }

        assertThat(guarded).isNotEmpty().allMatch(route -> route.contains(" /api/backoffice/"));
        assertThat(open.stream().filter(route -> route.contains(" /api/backoffice/")))
                .containsExactlyInAnyOrderElementsOf(PUBLIC_ROUTES);
        assertThat(SamTemplate.map(httpApi().get("Auth"))).doesNotContainKey("DefaultAuthorizer");
    }

    @Test
    void givenTheAuthorizerThenItIsALambdaOnTheCookieWithSimpleAnswersCachedAShortWhileFromTheSnapStartAlias() {
        Map<String, Object> authorizer = SamTemplate.map(
                SamTemplate.map(SamTemplate.map(httpApi().get("Auth")).get("Authorizers"))
                        .get(AUTHORIZER));

        assertThat(authorizer)
                .containsEntry("AuthorizerPayloadFormatVersion", "2.0")
                .containsEntry("EnableSimpleResponses", true)
                .containsEntry("EnableFunctionDefaultPermissions", true);
        Map<String, Object> identity = SamTemplate.map(authorizer.get("Identity"));
        assertThat(SamTemplate.list(identity.get("Headers")))
                .extracting(header -> String.valueOf(header).toLowerCase(Locale.ROOT))
                .containsExactly("cookie");
        assertThat((Integer) identity.get("ReauthorizeEvery"))
                .as("a cached allow outlives a sign-out for that long")
                .isBetween(1, 60);
        SamTemplate.Intrinsic function = (SamTemplate.Intrinsic) authorizer.get("FunctionArn");
        assertThat(function.tag()).isEqualTo("!Ref");
        assertThat(String.valueOf(function.value())).isEqualTo("SessionAuthorizerFunction.Alias");
        assertThat(template.environment("SessionAuthorizerFunction", intrinsic -> "x"))
                .containsKeys("ACCESS_TOKENS_TABLE", "MEMBERS_TABLE", "HASH_SECRET");
    }

    @Test
    void givenCloudFrontThenTheBackOfficeIsNeverCachedAndGetsOnlyTheSessionCookieAndTheVisitorsHost() {
        Map<String, Object> policy =
                PrivateBehaviours.assertPrivate(template, "/api/backoffice/*", "BackOfficeOriginRequestPolicy");
        assertThat(SamTemplate.map(policy.get("CookiesConfig")))
                .containsEntry("CookieBehavior", "whitelist")
                .containsEntry("Cookies", List.of(SessionCookie.NAME));
        Map<String, Object> api = SamTemplate.map(
                template.resources().get("ApiOriginRequestPolicy").properties().get("OriginRequestPolicyConfig"));
        assertThat(SamTemplate.map(api.get("CookiesConfig")))
                .as("the public API gets no cookie")
                .containsEntry("CookieBehavior", "none");
    }

    @Test
    void givenTheViewerHostFunctionThenTheApiLearnsTheHostTheVisitorAddressedWhateverTheVisitorSent()
            throws IOException {
        Path code = folder.resolve("viewer-host.js");
        Files.writeString(
                code,
                String.valueOf(template.resources()
                        .get("ViewerHostFunction")
                        .properties()
                        .get("FunctionCode")));
        String requests = String.join(
                "\n",
                "{\"uri\": \"/api/backoffice/membres\", \"headers\": {\"host\": {\"value\": \"www.exemple.fr\"}}}",
                "{\"uri\": \"/api/backoffice/membres\", \"headers\": {\"host\": {\"value\": \"d1.cloudfront.net\"},"
                        + " \"x-viewer-host\": {\"value\": \"evil.example\"}}}");

        NodeScript.Result result = NodeScript.run("run-viewer-request.mjs", requests + "\n", code.toString());

        assertThat(result.exitCode()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> hosts = new ArrayList<>();
        for (String line : result.lines()) {
            JsonNode forwarded = json.readTree(line);
            assertThat(forwarded.path("uri").asText()).isEqualTo("/api/backoffice/membres");
            hosts.add(forwarded
                    .path("headers")
                    .path(SiteOrigin.VIEWER_HOST_HEADER)
                    .path("value")
                    .asText());
        }
        assertThat(hosts).containsExactly("www.exemple.fr", "d1.cloudfront.net");
    }

    @Test
    void givenTheSignInRequestsFunctionThenItHasNoRightOnTheMembersSoItsAnswerCannotDependOnThem() {
        Map<String, String> environment =
                template.environment("SignInRequestFunction", intrinsic -> Objects.toString(intrinsic.reference()));
        assertThat(environment).doesNotContainKey("MEMBERS_TABLE").doesNotContainValue("MembersTable");
        assertThat(String.valueOf(template.functionProperty("SignInRequestFunction", "Policies")))
                .doesNotContain("MembersTable");
    }

    @Test
    void givenTheBackOfficesTablesThenTokensAreNeverRestoredAndMembersAreKept() {
        Map<String, SamTemplate.Resource> resources = template.resources();
        assertThat(resources.get("AccessTokensTable").definition()).containsEntry("DeletionPolicy", "Delete");
        assertThat(resources.get("AccessTokensTable").properties())
                .as("a restore would bring back ended sessions and used links")
                .doesNotContainKey("PointInTimeRecoverySpecification");
        assertThat(resources.get("MembersTable").definition()).containsEntry("DeletionPolicy", "Retain");
        assertThat(resources.get("SignInRequestsTable").properties())
                .doesNotContainKey("PointInTimeRecoverySpecification");
        Set<String> functionsOfTokens = template.functions().stream()
                .filter(function -> template.environment(
                                function.logicalId(), intrinsic -> Objects.toString(intrinsic.reference()))
                        .containsValue("AccessTokensTable"))
                .map(SamTemplate.FunctionDefinition::logicalId)
                .collect(Collectors.toSet());
        assertThat(functionsOfTokens)
                .containsExactlyInAnyOrder(
                        "SessionAuthorizerFunction",
                        "SignInMailFunction",
                        "SignInLinkFunction",
                        "SignOutFunction",
                        "MembersFunction",
                        // The partners' links: stored by whatever sends a partner e-mail, read by the partner's page.
                        "OrderNotifierFunction",
                        "OrderSweeperFunction",
                        "PartnerDigestFunction",
                        "PartnerLinkFunction",
                        // ---- residents: "Mes données" links (sent, read, used up by erasing everything)
                        "MyDataMailFunction",
                        "MyDataFunction",
                        "MyDataErasureFunction",
                        // erasing an order deletes its partners' links
                        "ErasureScreenFunction");
    }

    @Test
    void givenTheFirstAdminsParameterThenTheReadmeSaysHowToSignInLocallyAndAfterDeployment() throws IOException {
        Map<String, Object> parameter = SamTemplate.map(
                SamTemplate.map(template.document().get("Parameters")).get("AdminEmail"));
        assertThat(parameter).doesNotContainKey("Default").containsKey("AllowedPattern");
        assertThat(Files.readString(Repository.root().resolve("README.md")))
                .contains(
                        "AdminEmail",
                        "ADMIN_EMAIL",
                        "admin@conciergerie.local",
                        "/api/backoffice/connexion",
                        "/_local/mails");
    }

    private Map<String, Object> httpApi() {
        return template.resources().get("HttpApi").properties();
    }
}
