package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.local.functions.EventSources;
import fr.conciergeriesolidaire.local.http.SecurityHeaders;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The partners' private links as deployed: their pages open without the session authorizer, CloudFront never caches
 * them, forwards no cookie but the visitor's host (their forms' Origin check), and lets their own no-referrer policy
 * through; the team's order screens sit behind the authorizer; the partners' tables are kept and expire.
 */
class PartnerLinksDeploymentTest {
    private final SamTemplate template = Repository.template();

    @Test
    void givenThePartnersRoutesThenTheyNameNoAuthorizerAndTheTeamsOrderScreensNameTheSessionAuthorizer() {
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            for (SamTemplate.EventSource event : function.eventsOfType(EventSources.HTTP_API)) {
                String path = String.valueOf(event.properties().get("Path"));
                Object authorizer =
                        SamTemplate.map(event.properties().get("Auth")).get("Authorizer");
                if (path.startsWith("/api/partenaire/")) {
                    assertThat(authorizer).as(path).isNull();
                }
                if (path.startsWith("/api/backoffice/commandes") || path.startsWith("/api/backoffice/tournee")) {
                    assertThat(authorizer).as(path).isEqualTo("SessionAuthorizer");
                }
            }
        }
    }

    @Test
    void givenCloudFrontThenThePartnersPagesAreNeverCachedGetNoCookieButTheVisitorsHost() {
        Map<String, Object> policy =
                PrivateBehaviours.assertPrivate(template, "/api/partenaire/*", "LinkOriginRequestPolicy");

        assertThat(SamTemplate.map(policy.get("CookiesConfig"))).containsEntry("CookieBehavior", "none");
    }

    @Test
    void givenTheSecurityHeadersThenAPagesOwnReferrerPolicyIsKeptAndOthersGetTheSitesOne() {
        SecurityHeaders headers = SecurityHeaders.fromTemplate(template);
        Headers partnerPage = new Headers();
        partnerPage.set("Referrer-Policy", "no-referrer");
        Headers sitePage = new Headers();

        headers.applyTo(partnerPage);
        headers.applyTo(sitePage);

        assertThat(partnerPage.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(sitePage.getFirst("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void givenThePartnersTablesThenTheLinesAreKeptWithTheOrdersAndTheDigestsExpire() {
        Map<String, SamTemplate.Resource> resources = template.resources();
        assertThat(resources.get("PartnerLinesTable").definition()).containsEntry("DeletionPolicy", "Retain");
        assertThat(SamTemplate.map(
                        resources.get("PartnerDigestsTable").properties().get("TimeToLiveSpecification")))
                .containsEntry("Enabled", true);
        assertThat(resources.get("PartnerLinesTable").properties()).doesNotContainKey("StreamSpecification");
    }
}
