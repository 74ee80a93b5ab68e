package fr.conciergeriesolidaire.functions.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the functions use of an HTTP API (payload 2.0) request. The body stays raw (maybe base64) until
 * its size has been checked, so a huge body is refused before anything decodes it.
 */
public record HttpRequest(
        String method,
        String path,
        Map<String, String> headers,
        Map<String, String> query,
        String rawBody,
        boolean base64,
        String sourceIp) {

    public HttpRequest {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        query = query == null ? Map.of() : Map.copyOf(query);
        rawBody = rawBody == null ? "" : rawBody;
        sourceIp = sourceIp == null ? "" : sourceIp;
    }

    public static HttpRequest from(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        var http = context == null ? null : context.getHttp();
        Map<String, String> headers = event.getHeaders() == null
                ? Map.of()
                : event.getHeaders().entrySet().stream()
                        .filter(entry -> entry.getKey() != null && entry.getValue() != null)
                        .collect(Collectors.toMap(
                                entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        return new HttpRequest(
                http == null ? "" : http.getMethod(),
                http == null ? event.getRawPath() : http.getPath(),
                headers,
                event.getQueryStringParameters(),
                event.getBody(),
                event.getIsBase64Encoded(),
                http == null ? "" : http.getSourceIp());
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** Upper bound of the decoded body size in bytes, computed without decoding. */
    long bodySizeUpperBound() {
        return base64 ? (rawBody.length() / 4L + 1) * 3 : rawBody.length() * 3L;
    }
}
