package fr.conciergeriesolidaire.local.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import fr.conciergeriesolidaire.local.http.Responder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /api/*}: each request goes, as an API Gateway event, to the function whose route matches (after the
 * authorizer the route names, as API Gateway runs it: {@link LocalAuthorizer}), and its response goes back as HTTP. Unmatched: 404 as API Gateway answers. A request that may have written (not GET, HEAD or
 * OPTIONS) then wakes the table streams, since dynalite has none.
 */
public final class ApiHandler implements HttpHandler {
    /** API Gateway's limit on a request body. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiRoutes routes;
    private final HealthCheck health;
    private final Responder responder;
    private final Runnable afterWrite;
    private final Clock clock;
    private final PrintStream errors;

    public ApiHandler(
            ApiRoutes routes,
            HealthCheck health,
            Responder responder,
            Runnable afterWrite,
            Clock clock,
            PrintStream errors) {
        this.routes = routes;
        this.health = health;
        this.responder = responder;
        this.afterWrite = afterWrite;
        this.clock = clock;
        this.errors = errors;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(HealthCheck.PATH) && (method.equals("GET") || method.equals("HEAD"))) {
            HealthCheck.Outcome outcome = health.check();
            json(exchange, outcome.status(), outcome.body());
            return;
        }
        Optional<ApiRoutes.Match> match = routes.match(method, path);
        if (match.isEmpty()) {
            json(exchange, 404, Map.of("message", "Not Found"));
            return;
        }
        byte[] body = readBody(exchange);
        if (body == null) {
            json(exchange, 413, Map.of("message", "Request Entity Too Large"));
            return;
        }
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.from(exchange, match.get(), body, clock.instant());
        Optional<LocalAuthorizer> authorizer = match.get().route().authorizer();
        if (authorizer.isPresent()) {
            LocalAuthorizer.Decision decision;
            try {
                decision = authorizer.get().authorize(event, clock.instant());
            } catch (RuntimeException failure) {
                report(authorizer.get().function().logicalId(), failure);
                json(exchange, 500, Map.of("message", "Internal Server Error"));
                return;
            }
            if (!decision.allows()) {
                json(exchange, decision.status(), Map.of("message", decision.message()));
                return;
            }
            event.getRequestContext()
                    .setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                            .withLambda(decision.context())
                            .build());
        }
        APIGatewayV2HTTPResponse response;
        try {
            response = match.get().route().function().invoke(event, APIGatewayV2HTTPResponse.class);
        } catch (RuntimeException failure) {
            report(match.get().route().function().logicalId(), failure);
            json(exchange, 500, Map.of("message", "Internal Server Error"));
            return;
        } finally {
            if (!READ_ONLY.contains(method)) {
                afterWrite.run();
            }
        }
        responder.send(
                exchange,
                ApiGatewayResponses.status(response),
                ApiGatewayResponses.write(response, exchange.getResponseHeaders()));
    }

    /** The whole body, or null past API Gateway's limit. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private void json(HttpExchange exchange, int status, Map<String, String> body) throws IOException {
        try {
            responder.sendText(exchange, status, "application/json", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The failure's type and where it happened; never its message, which may quote personal data. */
    private void report(String function, RuntimeException failure) {
        errors.println(function + " a échoué : " + failure.getClass().getName() + "\n"
                + Arrays.stream(failure.getStackTrace())
                        .limit(12)
                        .map(frame -> "    at " + frame)
                        .collect(Collectors.joining("\n")));
    }
}
