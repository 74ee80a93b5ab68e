package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CloudFront's behaviours for the API's private pages (the team's space, the partners' links): each ahead of
 * {@code /api/*}, never cached, over HTTPS, its forms' Origin checked against the visitor's host that the viewer-host
 * function copies; and what its origin request policy forwards.
 */
final class PrivateBehaviours {
    /** CloudFront's managed policy CachingDisabled. */
    static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";

    private PrivateBehaviours() {}

    /**
     * The behaviour of that path pattern, checked as a private page's, with that origin request policy.
     *
     * @return its origin request policy's configuration
     */
    static Map<String, Object> assertPrivate(SamTemplate template, String pathPattern, String originRequestPolicy) {
        Map<String, Object> distribution = SamTemplate.map(
                template.resources().get("SiteDistribution").properties().get("DistributionConfig"));
        List<Map<String, Object>> behaviours = SamTemplate.list(distribution.get("CacheBehaviors")).stream()
                .map(SamTemplate::map)
                .toList();
        List<Object> patterns = behaviours.stream()
                .map(behaviour -> behaviour.get("PathPattern"))
                .toList();
        assertThat(patterns.indexOf(pathPattern))
                .as("before /api/*, which would catch it first")
                .isGreaterThanOrEqualTo(0)
                .isLessThan(patterns.indexOf("/api/*"));
        Map<String, Object> behaviour = behaviours.get(patterns.indexOf(pathPattern));
        assertThat(behaviour)
                .containsEntry("CachePolicyId", CACHING_DISABLED)
                .containsEntry("ViewerProtocolPolicy", "https-only")
                .containsEntry("TargetOriginId", "api")
                .containsEntry("OriginRequestPolicyId", new SamTemplate.Intrinsic("!Ref", originRequestPolicy));
        assertThat(SamTemplate.list(behaviour.get("AllowedMethods"))).contains("POST", "GET");
        assertThat(behaviour.get("FunctionAssociations").toString())
                .contains("viewer-request", "ViewerHostFunction.FunctionMetadata.FunctionARN");
        Map<String, Object> policy = SamTemplate.map(
                template.resources().get(originRequestPolicy).properties().get("OriginRequestPolicyConfig"));
        assertThat(SamTemplate.list(SamTemplate.map(policy.get("HeadersConfig")).get("Headers")))
                .extracting(header -> String.valueOf(header).toLowerCase(Locale.ROOT))
                .contains("origin", SiteOrigin.VIEWER_HOST_HEADER, "cloudfront-viewer-address", "content-type")
                .doesNotContain("host", "cookie", "referer");
        return policy;
    }
}
