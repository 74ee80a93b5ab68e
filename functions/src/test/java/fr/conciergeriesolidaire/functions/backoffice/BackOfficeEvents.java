package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.AuthorizerContext;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Back-office requests as the HTTP API hands them to the functions (payload 2.0), from a browser on the local
 * runner's address: route key as declared, path parameters, Host and Origin, cookies apart, and the authorizer's
 * context when it let a member through.
 */
public final class BackOfficeEvents {
    public static final String HOST = "127.0.0.1:8080";
    public static final String ORIGIN = "http://" + HOST;
    public static final String CLIENT = "203.0.113.9";

    private BackOfficeEvents() {}

    /** @param route the route as template.yaml declares it, e.g. {@code GET /api/backoffice/membres/{memberId}} */
    public static APIGatewayV2HTTPEvent get(
            String route, Map<String, String> pathParameters, Map<String, String> query) {
        return request(route, pathParameters, query, Map.of("host", HOST)).build();
    }

    public static APIGatewayV2HTTPEvent get(String route) {
        return get(route, Map.of(), Map.of());
    }

    /** A form posted from a page of the site. */
    public static APIGatewayV2HTTPEvent post(
            String route, Map<String, String> pathParameters, Map<String, String> fields) {
        return post(route, pathParameters, fields, ORIGIN);
    }

    /** @param origin the Origin header; null for none */
    public static APIGatewayV2HTTPEvent post(
            String route, Map<String, String> pathParameters, Map<String, String> fields, String origin) {
        Map<String, String> headers = new HashMap<>();
        headers.put("host", HOST);
        headers.put("content-type", "application/x-www-form-urlencoded");
        if (origin != null) {
            headers.put("origin", origin);
        }
        return request(route, pathParameters, Map.of(), headers)
                .withBody(form(fields))
                .withIsBase64Encoded(false)
                .build();
    }

    /** As the authorizer lets the member through. */
    public static APIGatewayV2HTTPEvent signedIn(APIGatewayV2HTTPEvent event, SignedInMember member) {
        event.getRequestContext()
                .setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                        .withLambda(new HashMap<>(AuthorizerContext.of(member)))
                        .build());
        return event;
    }

    public static APIGatewayV2HTTPEvent withCookie(APIGatewayV2HTTPEvent event, String sessionCookieValue) {
        event.setCookies(List.of("autre=1", SessionCookie.NAME + "=" + sessionCookieValue));
        return event;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encoded(field.getKey()) + "=" + encoded(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Fields in the order given. */
    public static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put(namesAndValues[index], namesAndValues[index + 1]);
        }
        return fields;
    }

    private static APIGatewayV2HTTPEvent.APIGatewayV2HTTPEventBuilder request(
            String route, Map<String, String> pathParameters, Map<String, String> query, Map<String, String> headers) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route)
                .withRawPath(path)
                .withHeaders(headers)
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withSourceIp(CLIENT)
                                .build())
                        .build());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
