package fr.conciergeriesolidaire.functions.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/** HTTP API (payload 2.0) events as API Gateway delivers them, for requests built in code. */
public final class ApiEvents {
    private ApiEvents() {}

    public static APIGatewayV2HTTPEvent post(String path, String contentType, String body, String sourceIp) {
        return request("POST", path, sourceIp)
                .withHeaders(contentType == null ? Map.of() : Map.of("content-type", contentType))
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }

    public static APIGatewayV2HTTPEvent get(String path, Map<String, String> query) {
        return request("GET", path, "203.0.113.7")
                .withQueryStringParameters(query)
                .build();
    }

    private static APIGatewayV2HTTPEvent.APIGatewayV2HTTPEventBuilder request(
            String method, String path, String sourceIp) {
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey(method + " " + path)
                .withRawPath(path)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withSourceIp(sourceIp)
                                .build())
                        .build());
    }
}
