package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests the back-office functions are primed with before a SnapStart snapshot: shaped as the HTTP API
 * delivers them, from no real client, opening nothing and changing nothing (a session that does not exist, a
 * member who does not exist, forms refused before any write).
 */
final class BackOfficePriming {
    /** Documentation addresses (RFC 5737) and a host no site has. */
    private static final String SOURCE = "192.0.2.1";

    static final String HOST = "priming.invalid";
    /** 43 characters: the shape of a token, so that its hash and its lookup run. */
    static final String UNKNOWN_TOKEN = "snapstart-priming-token-opens-nothing-00000";

    /** An admin as the authorizer would let them through; no table holds them. */
    static final SignedInMember MEMBER =
            new SignedInMember("priming", "Priming", Role.ADMIN, List.of(), "priming-session", "priming-csrf");

    private BackOfficePriming() {}

    static APIGatewayV2HTTPEvent get(String path) {
        return get(path, Map.of());
    }

    static APIGatewayV2HTTPEvent get(String path, Map<String, String> query) {
        return request("GET", path, query).build();
    }

    /** A form post from the site's own page, as the browser sends it. */
    static APIGatewayV2HTTPEvent post(String path, String formBody) {
        Map<String, String> headers = new HashMap<>();
        headers.put("host", HOST);
        headers.put("origin", "http://" + HOST);
        headers.put("content-type", "application/x-www-form-urlencoded");
        return request("POST", path, Map.of())
                .withHeaders(headers)
                .withBody(formBody)
                .withIsBase64Encoded(false)
                .build();
    }

    static APIGatewayV2HTTPEvent withSessionCookie(APIGatewayV2HTTPEvent event) {
        event.setCookies(List.of(SessionCookie.NAME + "=" + UNKNOWN_TOKEN));
        return event;
    }

    private static APIGatewayV2HTTPEvent.APIGatewayV2HTTPEventBuilder request(
            String method, String path, Map<String, String> query) {
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey(method + " " + path)
                .withRawPath(path)
                .withHeaders(Map.of("host", HOST))
                .withQueryStringParameters(query)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withSourceIp(SOURCE)
                                .build())
                        .build());
    }
}
