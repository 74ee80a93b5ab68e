package fr.conciergeriesolidaire.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.local.http.SecurityHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as a person uses it: the packaged jar started as a process (data in memory), the site and an order
 * through HTTP, the order's e-mails on the mails page, then SIGTERM and no child process left behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalRunnerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    static Path folder;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private RunnerProcess runner;
    private final Map<String, Integer> expectedMails = new HashMap<>();

    @BeforeAll
    void startTheRunner() throws Exception {
        runner = RunnerProcess.start(Repository.root(), RunnerProcess.freePort(), List.of("--in-memory"), Map.of());
        runner.awaitHealthy(client, START);
    }

    @AfterAll
    void stopTheRunner() {
        runner.close();
    }

    @Test
    @Order(1)
    void itPrintsItsAddressAndServesTheSiteWithCloudFrontsHeaders() throws Exception {
        assertThat(runner.output())
                .contains("http://localhost:" + runner.uri("/").getPort() + "/");

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        SecurityHeaders expected = SecurityHeaders.fromTemplate(Repository.template());
        for (SecurityHeaders.Header header : expected.headers()) {
            assertThat(home.headers().firstValue(header.name()))
                    .as(header.name())
                    .hasValue(header.value());
        }
        assertThat(get("/agenda/agenda.ics").headers().firstValue("Content-Type"))
                .hasValue("text/calendar; charset=utf-8");
        HttpResponse<String> missing = get("/page-qui-n-existe-pas/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .isEqualTo(Files.readString(Repository.layout().siteOutput().resolve("404.html")));
    }

    @Test
    @Order(2)
    void aJsonOrderIsStoredWithAReference() throws Exception {
        String body = """
                {"counter": "comptoir-tilleuls",
                 "lines": [{"service": "repassage-chemise", "quantity": 3}, {"service": "talons", "quantity": 1}],
                 "date": "%s", "window": "16:30-17:00",
                 "firstName": "Alice", "lastName": "Martin", "phone": "06 12 34 56 78", "email": "alice@exemple.fr",
                 "consent": true, "idempotencyKey": "%s", "website": ""}
                """.formatted(nextTuesday(), UUID.randomUUID());

        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(runner.uri("/api/orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        // The customer, the team and the two partners (ironing, shoe repair).
        expectedMails.put(JSON.readTree(response.body()).path("reference").asText(), 4);
    }

    @Test
    @Order(3)
    void aPlainFormPostIsRedirectedToItsConfirmationPage() throws Exception {
        String form = "counter=comptoir-tilleuls&quantity.repassage-chemise=2&date=" + nextTuesday()
                + "&window=17%3A00-17%3A30&firstName=Bruno&lastName=Petit&phone=0611223344"
                + "&email=bruno%40exemple.fr&consent=yes&website=";

        HttpResponse<String> posted = client.send(
                HttpRequest.newBuilder(runner.uri("/api/orders"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> confirmation = get(location);

        assertThat(confirmation.statusCode()).isEqualTo(200);
        String reference = location.replaceAll(".*reference=([^&]+).*", "$1");
        assertThat(confirmation.body()).contains(reference).contains("lang=\"fr\"");
        assertThat(confirmation.headers().firstValue("Referrer-Policy"))
                .as("the confirmation carries the private follow-up link: it names no page to another site")
                .contains("no-referrer");
        // The customer, the team and the ironing partner.
        expectedMails.put(reference, 3);
    }

    @Test
    @Order(4)
    void theNotifierSendsEachOrdersEmailsShownOnTheMailsPage() throws Exception {
        assertThat(expectedMails).hasSize(2);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, Integer> sent = Map.of();
        while (System.nanoTime() < deadline) {
            sent = mailsByReference();
            if (sent.equals(expectedMails)) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(sent).isEqualTo(expectedMails);
    }

    @Test
    @Order(5)
    void aPageOfAnotherDomainPointedAtThisMachineCannotReadTheMails() throws Exception {
        int port = runner.uri("/").getPort();

        assertThat(RawRequest.get(port, "/_local/mails", "rebinding.example:" + port))
                .startsWith("HTTP/1.1 421")
                .doesNotContain(expectedMails.keySet().iterator().next());
        assertThat(RawRequest.get(port, "/_local/mails", "localhost:" + port))
                .startsWith("HTTP/1.1 200")
                .contains(expectedMails.keySet().iterator().next());
    }

    @Test
    @Order(5)
    void aPartnersLinkFromItsEMailLeadsToThisRunnerAndOpensItsPrivatePage() throws Exception {
        String mails = get("/_local/mails").body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "http://localhost:" + runner.uri("/").getPort() + "(/api/partenaire/[A-Za-z0-9_-]{43})")
                .matcher(mails);
        assertThat(link.find()).as("a partner's link in the e-mails").isTrue();

        HttpResponse<String> page = get(link.group(1));
        HttpResponse<String> forged = get("/api/partenaire/" + "A".repeat(43));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy"))
                .as("the page's own, kept")
                .hasValue("no-referrer");
        assertThat(page.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    @Order(5)
    void itLogsOneLinePerRequestWithoutPersonalData() {
        String output = runner.output() + runner.errors();

        assertThat(output).containsPattern("POST /api/orders 201 \\d+ ms").containsPattern("GET / 200 \\d+ ms");
        assertThat(output).doesNotContain("alice", "Bruno", "0611223344", "exemple.fr");
    }

    @Test
    @Order(6)
    void aSecondRunnerOnTheSamePortSaysSoInOneLine() throws Exception {
        try (RunnerProcess second =
                RunnerProcess.start(Repository.root(), runner.uri("/").getPort(), List.of("--in-memory"), Map.of())) {
            assertThat(second.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(second.errors().strip())
                    .startsWith("Erreur : Le port " + runner.uri("/").getPort() + " est déjà utilisé")
                    .doesNotContain("\n");
        }
    }

    @Test
    @Order(7)
    void sigtermStopsItAndEveryProcessItStarted() throws Exception {
        List<ProcessHandle> children = runner.process().descendants().toList();
        if (System.getenv(Emulators.DYNAMODB_ENDPOINT) == null && System.getenv(Emulators.SES_ENDPOINT) == null) {
            assertThat(children).as("dynalite and aws-ses-v2-local").hasSizeGreaterThanOrEqualTo(2);
        }

        runner.process().destroy();

        assertThat(runner.awaitExit(Duration.ofSeconds(30))).isNotZero();
        for (ProcessHandle child : children) {
            child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(child.isAlive())
                    .as(child.info().commandLine().orElse("child"))
                    .isFalse();
        }
    }

    @Test
    void withoutTheSiteSourcesItSaysWhatIsMissingInOneLine() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("depot-sans-site"));
        Files.copy(Repository.layout().template(), empty.resolve(ProjectLayout.TEMPLATE));
        Files.writeString(empty.resolve("pom.xml"), "<project/>");

        try (RunnerProcess unbuilt = RunnerProcess.start(empty, RunnerProcess.freePort(), List.of(), Map.of())) {
            assertThat(unbuilt.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(unbuilt.errors().strip())
                    .startsWith("Erreur : Les sources du site sont introuvables")
                    .endsWith("lancez le programme dans le dépôt complet.")
                    .doesNotContain("\n");
        }
    }

    @Test
    void withoutNodeItSaysWhatToInstallInOneLine() throws Exception {
        assumeTrue(
                System.getenv(Emulators.DYNAMODB_ENDPOINT) == null, "with given endpoints the runner needs no Node.js");
        Map<String, String> noNode = new HashMap<>();
        noNode.put("PATH", "/nonexistent");
        noNode.put(Emulators.SES_ENDPOINT, null);

        try (RunnerProcess nodeless =
                RunnerProcess.start(Repository.root(), RunnerProcess.freePort(), List.of("--in-memory"), noNode)) {
            assertThat(nodeless.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(nodeless.errors().strip())
                    .startsWith("Erreur : Node.js 20 ou plus (avec npm) est nécessaire")
                    .doesNotContain("\n");
        }
    }

    /** How many e-mails the mails page lists for each reference (it is in every subject). */
    private Map<String, Integer> mailsByReference() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (Element subject : Jsoup.parse(get("/_local/mails").body()).select("article h2")) {
            expectedMails.keySet().stream()
                    .filter(subject.text()::contains)
                    .forEach(reference -> counts.merge(reference, 1, Integer::sum));
        }
        return counts;
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = runner.uri(path);
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Tuesday (the Tilleuls counter is open) at least three days ahead, on the runner's real clock. */
    private static LocalDate nextTuesday() {
        return LocalDate.now(ZoneId.of("Europe/Paris"))
                .plusDays(3)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }
}
