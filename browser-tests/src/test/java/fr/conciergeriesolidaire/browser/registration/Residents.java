package fr.conciergeriesolidaire.browser.registration;

import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Other residents registering at the same time as the test's, through the API as a plain form post would. */
final class Residents {
    private final RunningSite site;
    private final HttpClient http = HttpClient.newHttpClient();

    Residents(RunningSite site) {
        this.site = site;
    }

    /** Registers the visitor for one place; the page the API sends them to (its registration's). */
    String register(String slug, Visitor visitor) {
        Map<String, String> fields = Map.of(
                "firstName", visitor.firstName(),
                "lastName", visitor.lastName(),
                "email", visitor.email(),
                "consent", "yes");
        String body = fields.entrySet().stream()
                .map(field -> encoded(field.getKey()) + "=" + encoded(field.getValue()))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(site.url("/api/events/" + slug + "/registrations")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 303) {
                throw new IllegalStateException("Not registered (" + answer.statusCode() + "): " + answer.body());
            }
            return answer.headers().firstValue("Location").orElseThrow();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
