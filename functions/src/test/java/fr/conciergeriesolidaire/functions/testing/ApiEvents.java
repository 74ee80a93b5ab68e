package fr.conciergeriesolidaire.functions.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/** HTTP API (payload 2.0) events as API Gateway delivers them, for requests built in code. */
public final class ApiEvents {
    private ApiEvents() {}

    public static APIGatewayV2HTTPEvent post(String path, String contentType, String body, String sourceIp) {
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST " + path)
                .withRawPath(path)
                .withHeaders(contentType == null ? Map.of() : Map.of("content-type", contentType))
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("POST")
                                .withPath(path)
                                .withSourceIp(sourceIp)
                                .build())
                        .build())
                .build();
    }

    public static APIGatewayV2HTTPEvent get(String path, Map<String, String> query) {
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey("GET " + path)
                .withRawPath(path)
                .withQueryStringParameters(query)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET")
                                .withPath(path)
                                .withSourceIp("203.0.113.7")
                                .build())
                        .build())
                .build();
    }
}
