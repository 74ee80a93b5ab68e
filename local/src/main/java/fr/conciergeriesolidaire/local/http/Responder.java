package fr.conciergeriesolidaire.local.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sends every answer of the runner, the CloudFront security headers included. */
public final class Responder {
    private final SecurityHeaders securityHeaders;

    public Responder(SecurityHeaders securityHeaders) {
        this.securityHeaders = securityHeaders;
    }

    /** Sends the status, the headers already set on the exchange plus the security ones, and the body. */
    public void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        securityHeaders.applyTo(exchange.getResponseHeaders());
        boolean bodiless =
                body.length == 0 || "HEAD".equals(exchange.getRequestMethod()) || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, bodiless ? -1 : body.length);
        if (!bodiless) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    public void sendText(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }
}
