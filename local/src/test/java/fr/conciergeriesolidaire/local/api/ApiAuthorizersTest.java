package fr.conciergeriesolidaire.local.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.StartupException;
import fr.conciergeriesolidaire.local.functions.LocalFunctions;
import fr.conciergeriesolidaire.local.http.Responder;
import fr.conciergeriesolidaire.local.http.SecurityHeaders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner runs a route's Lambda authorizer as API Gateway does, read from the template: 401 without the identity
 * source, 403 when refused, the context passed on when allowed, its answer cached for ReauthorizeEvery, 500 when it
 * fails; routes that name none are not guarded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAuthorizersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMPLATE = """
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    Authorizers:
                      Guard:
                        FunctionArn: !Ref GuardFunction.Alias
                        AuthorizerPayloadFormatVersion: "2.0"
                        EnableSimpleResponses: true
                        Identity: {Headers: [Cookie], ReauthorizeEvery: 30}
              GuardFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.conciergeriesolidaire.local.api.CookieAuthorizer::handleRequest
              Echo:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.conciergeriesolidaire.local.api.EchoHandler::handleRequest
                  Events:
                    Guarded: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /api/guarded, Method: post, Auth: {Authorizer: Guard}}}
                    Open: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /api/open, Method: get}}
            """;

    @TempDir
    static Path folder;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeAll
    void startServer() throws Exception {
        SamTemplate template = template(TEMPLATE);
        LocalFunctions functions =
                LocalFunctions.build(template, Map.of(), Map.of("AWS_REGION", "eu-west-3"), Optional.empty());
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/api/",
                new ApiHandler(
                        ApiRoutes.of(template, functions.all()),
                        new HealthCheck(() -> true, () -> true),
                        new Responder(new SecurityHeaders(List.of())),
                        () -> {},
                        clock,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        server.start();
    }

    @AfterAll
    void stopServer() {
        server.stop(0);
    }

    @BeforeEach
    void newCacheWindow() {
        now.updateAndGet(instant -> instant.plus(Duration.ofHours(1)));
        CookieAuthorizer.CALLS.set(0);
    }

    @Test
    void givenNoCookieThenApiGatewaysUnauthorizedAndTheFunctionIsNotCalled() throws Exception {
        HttpResponse<String> response = send("/api/guarded", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(CookieAuthorizer.CALLS.get()).isZero();
    }

    @Test
    void givenARefusedCookieThenApiGatewaysForbidden() throws Exception {
        HttpResponse<String> response = send("/api/guarded", "other=1");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    }

    @Test
    void givenAnAllowedCookieThenTheFunctionGetsTheAuthorizersContextAndTheBody() throws Exception {
        HttpResponse<String> response = send("/api/guarded", "pass=camille; other=2");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode event = JSON.readTree(response.body());
        assertThat(event.path("authorizer").path("who").asText()).isEqualTo("camille");
        assertThat(event.path("body").asText()).isEqualTo("a=1");
    }

    @Test
    void givenTheSameCookieWithinTheCacheTimeThenTheAuthorizerIsAskedOnceAndAgainAfter() throws Exception {
        send("/api/guarded", "pass=camille");
        send("/api/guarded", "pass=camille");
        now.updateAndGet(instant -> instant.plusSeconds(29));
        send("/api/guarded", "pass=camille");
        assertThat(CookieAuthorizer.CALLS.get()).isEqualTo(1);
        send("/api/guarded", "pass=dominique");
        assertThat(CookieAuthorizer.CALLS.get()).as("another identity").isEqualTo(2);

        now.updateAndGet(instant -> instant.plusSeconds(1));
        send("/api/guarded", "pass=camille");

        assertThat(CookieAuthorizer.CALLS.get()).isEqualTo(3);
    }

    @Test
    void givenAFailingAuthorizerThenApiGatewaysInternalErrorAndAnOpenRouteIsNeverGuarded() throws Exception {
        assertThat(send("/api/guarded", "boom=1").statusCode()).isEqualTo(500);

        HttpResponse<String> open =
                client.send(request("/api/open").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(open.body()).path("authorizer").isNull()).isTrue();
        assertThat(CookieAuthorizer.CALLS.get()).isEqualTo(1);
    }

    @Test
    void givenARouteNamingAnAuthorizerItsApiDoesNotDeclareThenTheRunnerDoesNotStart() throws Exception {
        SamTemplate template = template(TEMPLATE.replace("Authorizer: Guard}", "Authorizer: Gard}"));
        LocalFunctions functions =
                LocalFunctions.build(template, Map.of(), Map.of("AWS_REGION", "eu-west-3"), Optional.empty());

        assertThatThrownBy(() -> ApiRoutes.of(template, functions.all()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("Gard");
    }

    private HttpResponse<String> send(String path, String cookie) throws Exception {
        HttpRequest.Builder request =
                request(path).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("a=1"));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path));
    }

    private static SamTemplate template(String text) throws Exception {
        Path file = Files.createTempFile(folder, "template", ".yaml");
        Files.writeString(file, text);
        return SamTemplate.read(file);
    }
}
