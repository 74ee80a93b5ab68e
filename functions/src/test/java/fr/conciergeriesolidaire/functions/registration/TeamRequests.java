package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.AuthorizerContext;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests of the team's registration screens as the HTTP API hands them over once the authorizer let a member
 * through: the route as template.yaml declares it, the event in the path, the runner's host and, for a form, its Origin
 * and the session's token.
 */
final class TeamRequests {
    static final String HOST = "127.0.0.1:8080";
    static final String CSRF = "jeton-de-session-de-test";
    static final SignedInMember TEAM = member(Role.TEAM, List.of());

    private TeamRequests() {}

    static SignedInMember member(Role role, List<String> counters) {
        return new SignedInMember("membre-" + role, "Dominique Équipe", role, counters, "session", CSRF);
    }

    static APIGatewayV2HTTPEvent get(SignedInMember member, String route, String event) {
        return as(member, "GET", route, event, Map.of("host", HOST), null);
    }

    static APIGatewayV2HTTPEvent mark(
            SignedInMember member, String event, String reference, long version, String present) {
        Map<String, String> fields =
                Map.of("csrf", CSRF, "reference", reference, "version", Long.toString(version), "present", present);
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return as(
                member,
                "POST",
                RegistrationsScreenHandler.MARK,
                event,
                Map.of("host", HOST, "origin", "http://" + HOST, "content-type", "application/x-www-form-urlencoded"),
                body);
    }

    private static APIGatewayV2HTTPEvent as(
            SignedInMember member,
            String method,
            String route,
            String event,
            Map<String, String> headers,
            String body) {
        String routeKey = route.startsWith(method + " ") ? route : method + " " + route;
        String path = routeKey.substring(method.length() + 1).replace("{event}", event);
        APIGatewayV2HTTPEvent request = APIGatewayV2HTTPEvent.builder()
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withHeaders(headers)
                .withPathParameters(event.isEmpty() ? null : Map.of("event", event))
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withSourceIp("203.0.113.20")
                                .build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withLambda(new HashMap<>(AuthorizerContext.of(member)))
                                .build())
                        .build())
                .build();
        return request;
    }
}
