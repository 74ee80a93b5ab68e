package fr.conciergeriesolidaire.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import fr.conciergeriesolidaire.emulators.SamTemplate;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP in, API Gateway event (payload 2.0) to the template's handler, its response back to HTTP: through a real
 * server and client, with a handler that echoes the event it got.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMPLATE = """
            Parameters:
              Greeting: {Type: String, Default: bonjour}
            Resources:
              Echo:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.conciergeriesolidaire.local.api.EchoHandler::handleRequest
                  Timeout: 10
                  Environment:
                    Variables:
                      GREETING: !Ref Greeting
                  Events:
                    Post: {Type: HttpApi, Properties: {Path: "/api/things/{id}", Method: post}}
                    Anything: {Type: HttpApi, Properties: {Path: "/api/echo/{proxy+}", Method: ANY}}
            """;

    @TempDir
    static Path folder;

    private final AtomicInteger writes = new AtomicInteger();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeAll
    void startServer() throws Exception {
        Path template = folder.resolve("template.yaml");
        Files.writeString(template, TEMPLATE);
        LocalFunctions functions = LocalFunctions.build(
                SamTemplate.read(template), Map.of(), Map.of("AWS_REGION", "eu-west-3"), Optional.empty());
        Responder responder = new Responder(new SecurityHeaders(List.of(
                new SecurityHeaders.Header("Content-Security-Policy", "default-src 'self'", false),
                new SecurityHeaders.Header("X-Frame-Options", "DENY", true))));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/api/",
                new ApiHandler(
                        ApiRoutes.of(functions.all()),
                        new HealthCheck(() -> true, () -> false),
                        responder,
                        writes::incrementAndGet,
                        Clock.systemUTC(),
                        new PrintStream(errors, true, StandardCharsets.UTF_8)));
        server.start();
    }

    @AfterAll
    void stopServer() {
        server.stop(0);
    }

    @Test
    void givenAFormPostThenTheHandlerGetsWhatApiGatewayWouldSend() throws Exception {
        HttpResponse<String> response = client.send(
                request("/api/things/42?a=1&a=2&b=x%20y")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "c1=v1; c2=v2")
                        .header("X-Custom", "Value")
                        .POST(HttpRequest.BodyPublishers.ofString("name=Zo%C3%A9&consent=yes"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode event = JSON.readTree(response.body());
        assertThat(event.path("greeting").asText()).isEqualTo("bonjour");
        assertThat(event.path("routeKey").asText()).isEqualTo("POST /api/things/{id}");
        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("42");
        assertThat(event.path("rawPath").asText()).isEqualTo("/api/things/42");
        assertThat(event.path("rawQueryString").asText()).isEqualTo("a=1&a=2&b=x%20y");
        assertThat(event.path("query").path("a").asText()).isEqualTo("1,2");
        assertThat(event.path("query").path("b").asText()).isEqualTo("x y");
        assertThat(event.path("headers").path("x-custom").asText()).isEqualTo("Value");
        assertThat(event.path("headers").has("cookie")).isFalse();
        assertThat(event.path("cookies")).extracting(JsonNode::asText).containsExactly("c1=v1", "c2=v2");
        // API Gateway hands form posts to functions base64-encoded.
        assertThat(event.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(event.path("body").asText()), StandardCharsets.UTF_8))
                .isEqualTo("name=Zo%C3%A9&consent=yes");
        assertThat(event.path("method").asText()).isEqualTo("POST");
        assertThat(event.path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(event.path("remainingTime").asInt()).isBetween(1, 10_000);
        assertThat(writes.get()).isPositive();
    }

    @Test
    void givenJsonOnAGreedyRouteThenTheBodyIsTextAndTheResponseKeepsItsHeadersCookiesAndBinaryBody() throws Exception {
        HttpResponse<String> response = client.send(
                request("/api/echo/deep/path/binary")
                        .header("Content-Type", "application/json; charset=utf-8")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"prénom\": \"Zoé\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode event = JSON.readTree(response.body());
        assertThat(event.path("routeKey").asText()).isEqualTo("ANY /api/echo/{proxy+}");
        assertThat(event.path("pathParameters").path("proxy").asText()).isEqualTo("deep/path/binary");
        assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(event.path("body").asText()).isEqualTo("{\"prénom\": \"Zoé\"}");
        assertThat(response.headers().allValues("X-Echo")).containsExactlyInAnyOrder("one", "two");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactlyInAnyOrder("a=1; Path=/", "b=2; Path=/");
        // CloudFront's policy leaves the function's own CSP (Override: false) and adds the rest.
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("script-src 'none'");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void givenNoMatchingRouteOrAFailingHandlerThenApiGatewaysAnswersWithoutPersonalDataInTheLog() throws Exception {
        HttpResponse<String> missing =
                client.send(request("/api/things/42").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> failing =
                client.send(request("/api/echo/boom").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"message\":\"Not Found\"}");
        assertThat(failing.statusCode()).isEqualTo(500);
        assertThat(failing.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("Echo a échoué : java.lang.IllegalStateException")
                .doesNotContain("alice@");
    }

    @Test
    void givenStorageUpAndMailDownThenTheHealthCheckSays503AndWhich() throws Exception {
        HttpResponse<String> health =
                client.send(request("/api/health").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("storage").asText()).isEqualTo("ok");
        assertThat(body.path("mail").asText()).isEqualTo("unreachable");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path));
    }
}
