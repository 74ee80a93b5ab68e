package fr.conciergeriesolidaire.functions.snapstart;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/** The API Gateway events a handler is primed with: shaped as the HTTP API delivers them, from no real client. */
public final class PrimingEvents {
    /** An address reserved for documentation (RFC 5737): no visitor has it. */
    private static final String SOURCE = "192.0.2.1";

    private PrimingEvents() {}

    public static APIGatewayV2HTTPEvent post(String contentType, String body) {
        return request("POST")
                .withHeaders(Map.of("content-type", contentType))
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }

    public static APIGatewayV2HTTPEvent get(Map<String, String> query) {
        return request("GET").withQueryStringParameters(query).build();
    }

    private static APIGatewayV2HTTPEvent.APIGatewayV2HTTPEventBuilder request(String method) {
        return APIGatewayV2HTTPEvent.builder()
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withSourceIp(SOURCE)
                                .build())
                        .build());
    }
}
