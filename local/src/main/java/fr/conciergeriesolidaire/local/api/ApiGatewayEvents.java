package fr.conciergeriesolidaire.local.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An HTTP request as API Gateway's HTTP API hands it to Lambda (payload format 2.0): header names in lower case and
 * repeated values joined by commas, cookies apart, query string raw and parsed, and the body as text for text types,
 * base64 for anything else (form posts included, as API Gateway does).
 */
final class ApiGatewayEvents {
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern(
                    "dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ApiGatewayEvents() {}

    static APIGatewayV2HTTPEvent from(HttpExchange exchange, ApiRoutes.Match match, byte[] body, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(value -> cookies(value, cookies));
            } else {
                headers.put(lower, String.join(",", values));
            }
        });
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery =
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        String host = headers.getOrDefault("host", "localhost").replaceFirst(":\\d+$", "");
        Optional<String> text = body.length == 0 ? Optional.empty() : asText(headers.get("content-type"), body);
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(match.route().routeKey())
                .withRawPath(rawPath)
                .withRawQueryString(rawQuery)
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(headers)
                .withQueryStringParameters(rawQuery.isEmpty() ? null : query(rawQuery))
                .withPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters())
                .withBody(
                        body.length == 0
                                ? null
                                : text.orElseGet(() -> Base64.getEncoder().encodeToString(body)))
                .withIsBase64Encoded(body.length > 0 && text.isEmpty())
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withDomainName(host)
                        .withDomainPrefix(host.contains(".") ? host.substring(0, host.indexOf('.')) : host)
                        .withRequestId(UUID.randomUUID().toString())
                        .withRouteKey(match.route().routeKey())
                        .withStage("$default")
                        .withTime(REQUEST_TIME.format(now))
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(exchange.getRequestMethod())
                                .withPath(rawPath)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(
                                        exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .build())
                .build();
    }

    private static void cookies(String header, List<String> cookies) {
        for (String cookie : header.split(";")) {
            if (!cookie.isBlank()) {
                cookies.add(cookie.strip());
            }
        }
    }

    /** Decoded parameters, repeated names joined by commas as API Gateway does. */
    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (first, next) -> first + "," + next);
        }
        return parameters;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return part;
        }
    }

    /** The body as text when its type is textual and it is valid UTF-8; empty means base64. */
    private static Optional<String> asText(String contentType, byte[] body) {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean textual = type.startsWith("text/")
                || type.equals("application/json")
                || type.equals("application/xml")
                || type.equals("application/javascript")
                || type.endsWith("+json")
                || type.endsWith("+xml");
        if (!textual) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
