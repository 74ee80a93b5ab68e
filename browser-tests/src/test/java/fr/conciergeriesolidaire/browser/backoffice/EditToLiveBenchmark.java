package fr.conciergeriesolidaire.browser.backoffice;

import fr.conciergeriesolidaire.browser.RunningSite;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * How long an edit made in the back-office takes to show on the public page of the local runner (issue 14's target:
 * within 2 s): the packaged runner started as a person starts it, an admin signed in by the e-mailed link, then, run
 * after run, one change of an event's title posted as the edit form posts it, and its public page read every 10 ms
 * until it shows the new title. The time counts the POST (conditional write, programme change counted) and the rebuild
 * (the runner reads the count every 200 ms, then builds the whole site from the table in its warm JVM).
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * ./mvnw -B -q -pl browser-tests dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * cd browser-tests &amp;&amp; java -Dlocal.jar=../local/target/conciergerie-local.jar \
 *   -cp target/test-classes:$(cat /tmp/cp.txt) \
 *   fr.conciergeriesolidaire.browser.backoffice.EditToLiveBenchmark 20
 * </pre>
 */
public final class EditToLiveBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EditToLiveBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (RunningSite site = RunningSite.start()) {
            Team team = Team.of(site);
            LocalDateTime start = ProgrammeScreens.dayToCome(50).atTime(10, 0);
            String slug = ProgrammeScreens.createEvent(team, "canal", ProgrammeScreens.unique("Mesure"), start);
            String page = "/agenda/" + slug + "/";
            ProgrammeScreens.publicPage(site, page, "Mesure");
            List<Long> posts = new ArrayList<>();
            List<Long> lives = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                String title = ProgrammeScreens.unique("Mesure " + run);
                Map<String, String> fields = ProgrammeScreens.eventForm("canal", title, start);
                fields.put("version", Integer.toString(run));
                fields.put("eventStatus", "scheduled");
                long began = System.nanoTime();
                HttpResponse<String> saved = team.adminPost(ProgrammeScreens.EVENTS + "/" + slug, fields);
                long posted = System.nanoTime();
                if (saved.statusCode() != 303) {
                    throw new IllegalStateException("Edit refused: " + saved.statusCode());
                }
                while (!Jsoup.parse(get(site, page)).text().contains(title)) {
                    Thread.sleep(10);
                }
                long live = System.nanoTime();
                posts.add((posted - began) / 1_000_000);
                lives.add((live - began) / 1_000_000);
                Thread.sleep(500);
            }
            System.out.printf(
                    "%d edits: POST p50 %d ms, p90 %d ms; edit to public page p50 %d ms, p90 %d ms, max %d ms%n",
                    runs,
                    percentile(posts, 50),
                    percentile(posts, 90),
                    percentile(lives, 50),
                    percentile(lives, 90),
                    percentile(lives, 100));
        }
        System.out.printf(
                "Load average before %.2f, after %.2f%n",
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String get(RunningSite site, String path) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(site.url(path))).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
