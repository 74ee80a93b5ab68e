package fr.conciergeriesolidaire.local.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.functions.aws.Environment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A handler for the runner's tests: answers with the event it got, as JSON, and a few response features. */
public final class EchoHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String greeting;

    public EchoHandler() {
        this.greeting = Environment.current().optional("GREETING").orElse(null);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (event.getRawPath().endsWith("/boom")) {
            throw new IllegalStateException("alice@exemple.fr must never be logged");
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("greeting", greeting);
        echo.put("routeKey", event.getRouteKey());
        echo.put("rawPath", event.getRawPath());
        echo.put("rawQueryString", event.getRawQueryString());
        echo.put("query", event.getQueryStringParameters());
        echo.put("pathParameters", event.getPathParameters());
        echo.put("headers", event.getHeaders());
        echo.put("cookies", event.getCookies());
        echo.put("body", event.getBody());
        echo.put("isBase64Encoded", event.getIsBase64Encoded());
        echo.put("method", event.getRequestContext().getHttp().getMethod());
        echo.put("sourceIp", event.getRequestContext().getHttp().getSourceIp());
        echo.put("remainingTime", context.getRemainingTimeInMillis());
        var authorizer = event.getRequestContext().getAuthorizer();
        echo.put("authorizer", authorizer == null ? null : authorizer.getLambda());
        try {
            String body = JSON.writeValueAsString(echo);
            boolean binary = event.getRawPath().endsWith("/binary");
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(binary ? 202 : 200)
                    .withHeaders(
                            Map.of("Content-Type", "application/json", "Content-Security-Policy", "script-src 'none'"))
                    .withMultiValueHeaders(Map.of("X-Echo", List.of("one", "two")))
                    .withCookies(List.of("a=1; Path=/", "b=2; Path=/"))
                    .withIsBase64Encoded(binary)
                    .withBody(binary ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body)
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
