package fr.conciergeriesolidaire.local.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A function's {@code APIGatewayV2HTTPResponse} as API Gateway turns it into HTTP: status, headers, cookies, body. */
final class ApiGatewayResponses {
    private ApiGatewayResponses() {}

    /** Copies the headers (single, multi-valued, cookies as Set-Cookie) and returns the decoded body. */
    static byte[] write(APIGatewayV2HTTPResponse response, Headers headers) {
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders()
                    .forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(headers::set);
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> headers.add("Set-Cookie", cookie));
        }
        String body = response.getBody();
        if (body == null) {
            return new byte[0];
        }
        return response.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    /** API Gateway answers 500 when the function gives no usable status. */
    static int status(APIGatewayV2HTTPResponse response) {
        int status = response.getStatusCode();
        return status >= 100 && status <= 599 ? status : 500;
    }
}
