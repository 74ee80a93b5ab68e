package fr.conciergeriesolidaire.local.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.local.functions.LocalFunction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An HTTP API Lambda authorizer (REQUEST, payload 2.0, simple responses) as API Gateway runs it before the routes that
 * name it: without every identity source the request is refused with 401 and the function is not called; otherwise
 * the authorizer gets the request (without its body) and says {@code isAuthorized}: 403 if not, else its {@code
 * context} goes to the route's function in {@code requestContext.authorizer.lambda}. Its answer, allow or deny, is
 * reused for the same identity values during {@code ReauthorizeEvery} seconds, as API Gateway caches it.
 */
final class LocalAuthorizer {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** API Gateway's answer: 200 with the context to pass on, or a refusal with its status and message. */
    record Decision(int status, String message, Map<String, Object> context) {
        static final Decision UNAUTHORIZED = new Decision(401, "Unauthorized", Map.of());
        static final Decision FORBIDDEN = new Decision(403, "Forbidden", Map.of());

        boolean allows() {
            return status == 200;
        }
    }

    private record Cached(Decision decision, Instant until) {}

    private final String name;
    private final LocalFunction function;
    private final List<String> identityHeaders;
    private final Duration cacheFor;
    private final Map<List<String>, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param identityHeaders the headers of its identity source ({@code Identity.Headers}), in any case
     * @param cacheFor {@code Identity.ReauthorizeEvery}; zero caches nothing
     */
    LocalAuthorizer(String name, LocalFunction function, List<String> identityHeaders, Duration cacheFor) {
        this.name = name;
        this.function = function;
        this.identityHeaders = identityHeaders.stream()
                .map(header -> header.toLowerCase(Locale.ROOT))
                .toList();
        this.cacheFor = cacheFor;
    }

    String name() {
        return name;
    }

    LocalFunction function() {
        return function;
    }

    /** @throws RuntimeException when the authorizer fails (API Gateway then answers 500) */
    Decision authorize(APIGatewayV2HTTPEvent request, Instant now) {
        Optional<List<String>> identity = identity(request);
        if (identity.isEmpty()) {
            return Decision.UNAUTHORIZED;
        }
        Cached cached = cache.get(identity.get());
        if (cached != null && now.isBefore(cached.until())) {
            return cached.decision();
        }
        Decision decision = decide(request);
        if (!cacheFor.isZero()) {
            cache.values().removeIf(old -> !now.isBefore(old.until()));
            cache.put(identity.get(), new Cached(decision, now.plus(cacheFor)));
        }
        return decision;
    }

    @SuppressWarnings("unchecked")
    private Decision decide(APIGatewayV2HTTPEvent request) {
        Object response = function.invoke(withoutBody(request), Object.class);
        Map<String, Object> answer = JSON.convertValue(response, Map.class);
        if (!Boolean.TRUE.equals(answer.get("isAuthorized"))) {
            return Decision.FORBIDDEN;
        }
        Object context = answer.get("context");
        return new Decision(200, "", context instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of());
    }

    /** Each identity source's value; empty when one is missing or blank (API Gateway's 401). */
    private Optional<List<String>> identity(APIGatewayV2HTTPEvent request) {
        List<String> values = new ArrayList<>();
        for (String header : identityHeaders) {
            String value = header.equals("cookie")
                    // Payload 2.0 gives cookies apart from the headers; the identity source reads the Cookie header.
                    ? request.getCookies() == null ? null : String.join("; ", request.getCookies())
                    : request.getHeaders() == null ? null : request.getHeaders().get(header);
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            values.add(value);
        }
        return Optional.of(values);
    }

    /** The authorizer's payload: the request as the route's function would get it, without the body. */
    private static APIGatewayV2HTTPEvent withoutBody(APIGatewayV2HTTPEvent request) {
        Map<String, String> headers =
                request.getHeaders() == null ? Map.of() : new LinkedHashMap<>(request.getHeaders());
        return APIGatewayV2HTTPEvent.builder()
                .withVersion(request.getVersion())
                .withRouteKey(request.getRouteKey())
                .withRawPath(request.getRawPath())
                .withRawQueryString(request.getRawQueryString())
                .withCookies(request.getCookies())
                .withHeaders(headers)
                .withQueryStringParameters(request.getQueryStringParameters())
                .withPathParameters(request.getPathParameters())
                .withRequestContext(request.getRequestContext())
                .build();
    }
}
