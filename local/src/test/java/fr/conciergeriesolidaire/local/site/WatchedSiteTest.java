package fr.conciergeriesolidaire.local.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.local.StartupException;
import fr.conciergeriesolidaire.local.http.Responder;
import fr.conciergeriesolidaire.local.http.SecurityHeaders;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.SourceCopy;
import fr.conciergeriesolidaire.site.event.MarkdownEvents;
import fr.conciergeriesolidaire.site.event.NoResidentIdeas;
import fr.conciergeriesolidaire.site.publish.ContentTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's site as a reader sees it over HTTP while someone edits a copy of the real content and data: each edit
 * shows on a page load that follows it, list pages follow, deleted pages disappear, a broken edit keeps the site.
 */
class WatchedSiteTest {
    private static final String POST = "actualites/2021-01-ouverture";
    private static final String TITLE = "La conciergerie solidaire 51 ouvre à Reims";
    /** Far longer than a rebuild, so that only a site that never shows the edit fails. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final HttpClient client = HttpClient.newHttpClient();
    private SiteSources sources;
    private WatchedSite site;
    private HttpServer server;

    @BeforeEach
    void serveACopyOfTheSite() throws Exception {
        Path realSite = Repository.root().resolve("site");
        SourceCopy.copyTree(realSite.resolve("content"), folder.resolve("content"));
        SourceCopy.copyTree(realSite.resolve("data"), folder.resolve("data"));
        sources = new SiteSources(realSite, folder.resolve("content"), folder.resolve("data"), folder.resolve("out"));
        site = WatchedSite.start(
                sources,
                new MarkdownEvents(),
                new NoResidentIdeas(),
                new PrintStream(console, true, StandardCharsets.UTF_8),
                () -> {});
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/",
                new StaticSite(
                        site::read, ContentTypes.fromClasspath(), new Responder(new SecurityHeaders(List.of()))));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        site.close();
    }

    @Test
    void givenAnEditedPostThenItsPageAndTheNewsListShowTheNewTitle() throws Exception {
        assertThat(get("/" + POST + "/").body()).contains(TITLE);

        SourceCopy.replace(sources.content().resolve(POST + "/index.md"), TITLE, "Ouverture de la conciergerie");

        assertThat(eventually("/" + POST + "/", page -> page.body().contains("Ouverture de la conciergerie"))
                        .body())
                .contains("Ouverture de la conciergerie")
                .doesNotContain(TITLE);
        assertThat(get("/actualites/").body())
                .contains("Ouverture de la conciergerie")
                .doesNotContain(TITLE);
        assertThat(get("/actualites/flux.atom").body()).contains("Ouverture de la conciergerie");
        Path written = sources.output().resolve(POST + "/index.html");
        waitFor(() -> read(written).contains("Ouverture de la conciergerie"));
        assertThat(read(written)).as("the output folder follows").contains("Ouverture de la conciergerie");
    }

    @Test
    void givenADeletedPostThenItsPageIsGoneAndNoListLinksToIt() throws Exception {
        try (Stream<Path> files = Files.walk(sources.content().resolve(POST))) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }

        assertThat(eventually("/" + POST + "/", page -> page.statusCode() == 404)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/actualites/").body()).doesNotContain(POST);
        assertThat(get("/sitemap.xml").body()).doesNotContain(POST);
    }

    @Test
    void givenABrokenDataFileThenTheProblemIsPrintedAndTheSiteStaysAsItWas() throws Exception {
        Path catalog = sources.data().resolve("catalog.yaml");
        String before = get("/partenaires/").body();

        Files.writeString(catalog, "categories: [\n", StandardCharsets.UTF_8);
        waitFor(() -> console.toString(StandardCharsets.UTF_8).contains("la version précédente reste servie"));

        assertThat(console.toString(StandardCharsets.UTF_8)).contains("catalog.yaml");
        assertThat(get("/partenaires/").body()).isEqualTo(before);
    }

    @Test
    void givenSourcesThatDoNotBuild_thenTheRunnerDoesNotStartAndSaysWhichFileToFix() throws Exception {
        Files.writeString(sources.data().resolve("catalog.yaml"), "categories: [\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WatchedSite.start(
                        sources,
                        new MarkdownEvents(),
                        new NoResidentIdeas(),
                        new PrintStream(console, true, StandardCharsets.UTF_8),
                        () -> {}))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("Le site ne se construit pas")
                .hasMessageContaining("catalog.yaml");
    }

    private HttpResponse<String> eventually(String path, Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> page = get(path);
        while (!done.test(page) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            page = get(path);
        }
        return page;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + server.getAddress().getPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
