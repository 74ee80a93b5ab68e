package fr.conciergeriesolidaire.local.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fr.conciergeriesolidaire.local.RawRequest;
import fr.conciergeriesolidaire.local.http.Responder;
import fr.conciergeriesolidaire.local.http.SecurityHeaders;
import fr.conciergeriesolidaire.site.publish.ContentTypes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The baked site as CloudFront serves it, on a small site in a temporary folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticSiteTest {
    @TempDir
    static Path folder;

    private Path site;

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeAll
    void serveASmallSite() throws Exception {
        site = Files.createDirectories(folder.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>accueil</p>");
        Files.writeString(site.resolve("404.html"), "<p>introuvable</p>");
        Files.createDirectories(site.resolve("agenda"));
        Files.writeString(site.resolve("agenda/index.html"), "<p>agenda</p>");
        Files.writeString(site.resolve("agenda/agenda.ics"), "BEGIN:VCALENDAR");
        Files.createDirectories(site.resolve("_shell"));
        Files.writeString(site.resolve("_shell/reponse.html"), "@@MAIN@@");
        Files.writeString(folder.resolve("secret.txt"), "outside");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/",
                new StaticSite(
                        ServedFiles.folder(site),
                        ContentTypes.fromClasspath(),
                        new Responder(new SecurityHeaders(
                                List.of(new SecurityHeaders.Header("X-Content-Type-Options", "nosniff", true))))));
        server.start();
    }

    @AfterAll
    void stop() {
        server.stop(0);
    }

    @Test
    void givenFoldersThenTheirIndexIsServedAndAnAddressWithoutSlashIsRedirected() throws Exception {
        assertThat(get("/").body()).isEqualTo("<p>accueil</p>");
        HttpResponse<String> agenda = get("/agenda/");
        assertThat(agenda.body()).isEqualTo("<p>agenda</p>");
        assertThat(agenda.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(agenda.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> withoutSlash = get("/agenda?x=1");
        assertThat(withoutSlash.statusCode()).isEqualTo(301);
        assertThat(withoutSlash.headers().firstValue("Location")).hasValue("/agenda/");
    }

    @Test
    void givenAddressesABrowserWouldReadAsAnotherSiteThenTheRedirectStaysOnThisSiteOrThereIsNone() throws Exception {
        assertThat(sent("//evil.example/agenda")).contains("HTTP/1.1 301", "\r\nLocation: /evil.example/agenda/\r\n");
        // The JDK's server reads "//agenda" as a host without path and answers its own 404 (CloudFront: /agenda/).
        assertThat(sent("//agenda")).startsWith("HTTP/1.1 404").doesNotContain("Location");
        assertThat(sent("//agenda//")).contains("HTTP/1.1 200", "<p>agenda</p>");
        for (String path : List.of("/%2F%2Fevil.example", "/%5Cevil.example", "/%09/evil.example", "/agenda%2f")) {
            assertThat(sent(path)).as(path).startsWith("HTTP/1.1 404").contains("<p>introuvable</p>");
        }
    }

    private String sent(String rawPath) throws IOException {
        return RawRequest.get(server.getAddress().getPort(), rawPath, "127.0.0.1");
    }

    @Test
    void givenACalendarThenItIsServedAsUtf8Calendar() throws Exception {
        HttpResponse<String> calendar = get("/agenda/agenda.ics");

        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
    }

    @Test
    void givenMissingUnpublishedOrOutsideFilesThenTheSites404PageAnswersWith404() throws Exception {
        for (String path : List.of(
                "/absent.html",
                "/absent/",
                "/_shell/reponse.html",
                "/../secret.txt",
                "/%2e%2e/secret.txt",
                "/agenda/..%2F..%2Fsecret.txt")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEqualTo("<p>introuvable</p>");
        }
    }

    @Test
    void givenAPostThenOnlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> post = client.send(
                HttpRequest.newBuilder(uri("/"))
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
