package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.RunningSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The programme's screens as the journeys reach them, events made over HTTP when a journey needs one to exist, and
 * the public site as the runner rebuilds it after a change of the programme.
 */
final class ProgrammeScreens {
    static final String EVENTS = "/api/backoffice/animations";
    static final String PROPOSALS = "/api/backoffice/propositions";
    /** Far more than the runner's rebuild after a change (BENCHMARKS.md, "Programme"): a page not there by then is a bug. */
    private static final Duration REBUILD = Duration.ofSeconds(15);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ProgrammeScreens() {}

    /** A title no other test uses, so that its slug and its page are this test's own. */
    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    /** A day to come, far enough for every event a test makes to be upcoming whatever the hour. */
    static LocalDate dayToCome(int daysAhead) {
        return LocalDate.now(RunningSite.CLOCK).plusDays(daysAhead);
    }

    /** An event the admin creates over HTTP, at the neighbourhood's counter; its slug. */
    static String createEvent(Team team, String neighbourhood, String title, LocalDateTime start) {
        HttpResponse<String> created = team.adminPost(EVENTS, eventForm(neighbourhood, title, start));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring((EVENTS + "/").length(), location.indexOf('?'));
    }

    /** The whole form of an event at the neighbourhood's counter, without registration. */
    static Map<String, String> eventForm(String neighbourhood, String title, LocalDateTime start) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", "Une animation du programme, pour les tests.");
        fields.put("body", "Venez nombreux.");
        fields.put("neighbourhood", neighbourhood);
        fields.put("start", start.toString());
        fields.put("end", start.plusHours(2).toString());
        fields.put("place", "counter");
        fields.put("registrationNeeded", "no");
        return fields;
    }

    /**
     * The public page (its HTML) once the runner's rebuild shows {@code expected} in its text; fails after a long
     * while.
     */
    static String publicPage(RunningSite site, String path, String expected) {
        long deadline = System.nanoTime() + REBUILD.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = get(site, path);
            body = page.body();
            if (page.statusCode() == 200 && Jsoup.parse(body).text().contains(expected)) {
                return body;
            }
            pause();
        }
        throw new AssertionError("Not on " + path + " within " + REBUILD.toSeconds() + " s: " + expected);
    }

    /** Waits until the browser shows a page whose path and query start so (a 303's destination). */
    static String awaitLocation(Browser browser, String start) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage(() -> "still at " + browser.location() + ", expected " + start + "…")
                .until(ignored -> browser.location().startsWith(start));
        return browser.location();
    }

    private static HttpResponse<String> get(RunningSite site, String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(site.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new IllegalStateException(unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
