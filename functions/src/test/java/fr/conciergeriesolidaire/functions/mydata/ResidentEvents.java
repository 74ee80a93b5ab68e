package fr.conciergeriesolidaire.functions.mydata;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.AuthorizerContext;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests of a resident's browser as API Gateway delivers them without CloudFront (the tests' functions have no origin
 * secret): the site's host, and for a form its Origin.
 */
final class ResidentEvents {
    static final String HOST = "conciergerie.test";
    static final String ORIGIN = "http://" + HOST;
    private static final String CLIENT = "203.0.113.40";

    private ResidentEvents() {}

    static APIGatewayV2HTTPEvent get(String path, Map<String, String> query) {
        return request("GET", path, Map.of("host", HOST))
                .withQueryStringParameters(query)
                .build();
    }

    /** A form posted from a page of the site. */
    static APIGatewayV2HTTPEvent form(String path, Map<String, String> fields) {
        return form(path, fields, ORIGIN);
    }

    /** A form posted from wherever {@code origin} says (null: no Origin header at all). */
    static APIGatewayV2HTTPEvent form(String path, Map<String, String> fields, String origin) {
        Map<String, String> headers = new HashMap<>();
        headers.put("host", HOST);
        headers.put("content-type", "application/x-www-form-urlencoded");
        if (origin != null) {
            headers.put("origin", origin);
        }
        return request("POST", path, headers)
                .withBody(fields.entrySet().stream()
                        .map(field -> encoded(field.getKey()) + "=" + encoded(field.getValue()))
                        .collect(Collectors.joining("&")))
                .withIsBase64Encoded(false)
                .build();
    }

    /** A JSON submission of a public form (an order, a sign-up). */
    static APIGatewayV2HTTPEvent json(String path, String body) {
        return request("POST", path, Map.of("host", HOST, "content-type", "application/json"))
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }

    /** The same request, as the back-office authorizer lets a member's through (its context in the request). */
    static APIGatewayV2HTTPEvent signedIn(APIGatewayV2HTTPEvent event, SignedInMember member) {
        event.getRequestContext()
                .setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                        .withLambda(new HashMap<>(AuthorizerContext.of(member)))
                        .build());
        return event;
    }

    private static APIGatewayV2HTTPEvent.APIGatewayV2HTTPEventBuilder request(
            String method, String path, Map<String, String> headers) {
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey(method + " " + path)
                .withRawPath(path)
                .withHeaders(headers)
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
