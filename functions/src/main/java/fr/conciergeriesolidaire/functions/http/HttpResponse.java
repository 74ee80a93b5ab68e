package fr.conciergeriesolidaire.functions.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.forms.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response before it becomes an API Gateway event: status, headers, text body. */
public record HttpResponse(int status, Map<String, String> headers, String body) {
    private static final Map<String, String> COMMON = Map.of(
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    public HttpResponse {
        headers = Map.copyOf(headers);
    }

    public static HttpResponse json(int status, Object body) {
        return new HttpResponse(status, with("Content-Type", "application/json; charset=utf-8"), Json.write(body));
    }

    public static HttpResponse html(int status, String page) {
        Map<String, String> headers = with("Content-Type", "text/html; charset=utf-8");
        // The page only loads the site's own stylesheet and images; nothing else may run or load.
        headers.put(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self';"
                        + " frame-ancestors 'none'");
        return new HttpResponse(status, headers, page);
    }

    /**
     * A file to save rather than show (an export): {@code Content-Disposition: attachment} with its name.
     *
     * @param fileName letters, digits, dots, hyphens and underscores only: nothing to escape in the header
     */
    public static HttpResponse attachment(String contentType, String fileName, String body) {
        if (!fileName.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("Not a safe file name: " + fileName);
        }
        Map<String, String> headers = with("Content-Type", contentType);
        headers.put("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return new HttpResponse(200, headers, body);
    }

    public static HttpResponse seeOther(String location) {
        Map<String, String> headers = with("Location", location);
        return new HttpResponse(303, headers, "");
    }

    public HttpResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpResponse(status, copy, body);
    }

    public APIGatewayV2HTTPResponse toEvent() {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(COMMON);
        headers.put(name, value);
        return headers;
    }
}
