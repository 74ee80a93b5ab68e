package fr.conciergeriesolidaire.local.http;

import com.sun.net.httpserver.Headers;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The headers CloudFront adds to every answer, read from the template's {@code AWS::CloudFront::ResponseHeadersPolicy}
 * so the local runner sends exactly what the deployed site will (one definition, not two). A header whose
 * {@code Override} is false leaves the origin's own value in place, as CloudFront does: the API's pages keep their
 * stricter policy.
 */
public final class SecurityHeaders {
    public static final String POLICY_TYPE = "AWS::CloudFront::ResponseHeadersPolicy";

    /** One header of the policy. */
    public record Header(String name, String value, boolean override) {}

    private final List<Header> headers;

    public SecurityHeaders(List<Header> headers) {
        this.headers = List.copyOf(headers);
    }

    /** The template's policy; a template without one gives none (and the deployment checks require one). */
    public static SecurityHeaders fromTemplate(SamTemplate template) {
        List<Header> headers = new ArrayList<>();
        template.resources().values().stream()
                .filter(resource -> POLICY_TYPE.equals(resource.type()))
                .map(resource -> SamTemplate.map(resource.properties().get("ResponseHeadersPolicyConfig")))
                .forEach(config -> {
                    security(SamTemplate.map(config.get("SecurityHeadersConfig")), headers);
                    for (Object item : SamTemplate.list(
                            SamTemplate.map(config.get("CustomHeadersConfig")).get("Items"))) {
                        Map<String, Object> custom = SamTemplate.map(item);
                        headers.add(new Header(
                                String.valueOf(custom.get("Header")),
                                String.valueOf(custom.get("Value")),
                                Boolean.TRUE.equals(custom.get("Override"))));
                    }
                });
        return new SecurityHeaders(headers);
    }

    private static void security(Map<String, Object> config, List<Header> headers) {
        Map<String, Object> csp = SamTemplate.map(config.get("ContentSecurityPolicy"));
        if (!csp.isEmpty()) {
            headers.add(header("Content-Security-Policy", String.valueOf(csp.get("ContentSecurityPolicy")), csp));
        }
        Map<String, Object> hsts = SamTemplate.map(config.get("StrictTransportSecurity"));
        if (!hsts.isEmpty()) {
            String value = "max-age=" + hsts.get("AccessControlMaxAgeSec")
                    + (Boolean.TRUE.equals(hsts.get("IncludeSubdomains")) ? "; includeSubDomains" : "")
                    + (Boolean.TRUE.equals(hsts.get("Preload")) ? "; preload" : "");
            headers.add(header("Strict-Transport-Security", value, hsts));
        }
        Map<String, Object> referrer = SamTemplate.map(config.get("ReferrerPolicy"));
        if (!referrer.isEmpty()) {
            headers.add(header("Referrer-Policy", String.valueOf(referrer.get("ReferrerPolicy")), referrer));
        }
        Map<String, Object> contentType = SamTemplate.map(config.get("ContentTypeOptions"));
        if (!contentType.isEmpty()) {
            headers.add(header("X-Content-Type-Options", "nosniff", contentType));
        }
        Map<String, Object> frame = SamTemplate.map(config.get("FrameOptions"));
        if (!frame.isEmpty()) {
            headers.add(header("X-Frame-Options", String.valueOf(frame.get("FrameOption")), frame));
        }
    }

    private static Header header(String name, String value, Map<String, Object> config) {
        return new Header(name, value, Boolean.TRUE.equals(config.get("Override")));
    }

    public List<Header> headers() {
        return headers;
    }

    /** Adds the policy's headers to an answer about to be sent. */
    public void applyTo(Headers response) {
        for (Header header : headers) {
            if (header.override() || !response.containsKey(header.name())) {
                response.set(header.name(), header.value());
            }
        }
    }

    public String valueOf(String name) {
        return headers.stream()
                .filter(header -> header.name().equalsIgnoreCase(name))
                .map(Header::value)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
