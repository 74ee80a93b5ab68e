package fr.conciergeriesolidaire.browser.registration;

import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.local.RunnerProgramme;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Workshops of the suite's own, put in the runner's events table as the team's editing does (the runner's live site
 * follows): each test registers for its own, so that the places it counts are its own, whatever the order the tests
 * run in.
 */
final class Workshops {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Duration PUBLISHED = Duration.ofSeconds(20);

    private final RunningSite site;
    private final RunnerProgramme programme;
    private final HttpClient http = HttpClient.newHttpClient();

    Workshops(RunningSite site) {
        this.site = site;
        this.programme = new RunnerProgramme(site.dynamoDb());
    }

    /** A new workshop "Atelier {name}" in the Canal neighbourhood, a week from now, its page served; its slug. */
    String publish(String name, int capacity, int perRegistration) {
        String slug = "atelier-" + name + "-" + NEXT.incrementAndGet();
        programme.addWorkshop(slug, "Atelier " + name, capacity, perRegistration);
        awaitPage(slug);
        return slug;
    }

    /** The team moves the workshop: it began an hour ago (its attendance can be marked). */
    void begun(String slug) {
        programme.begun(slug);
    }

    static String page(String slug) {
        return "/agenda/" + slug + "/";
    }

    /** The runner rebuilds its site when the programme changes: wait until the page is there. */
    private void awaitPage(String slug) {
        long deadline = System.nanoTime() + PUBLISHED.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> page = http.send(
                        HttpRequest.newBuilder(URI.create(site.url(page(slug))))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() == 200) {
                    return;
                }
                Thread.sleep(100);
            } catch (IOException notYet) {
                // the runner is rebuilding: try again
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new AssertionError("The page of " + slug + " was not published within " + PUBLISHED.toSeconds() + " s");
    }
}
