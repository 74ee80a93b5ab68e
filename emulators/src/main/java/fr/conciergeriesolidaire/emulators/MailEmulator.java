package fr.conciergeriesolidaire.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** aws-ses-v2-local (an SES v2 API that keeps every e-mail) as a child process; its store is readable. */
public final class MailEmulator extends ChildEmulator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public MailEmulator(NodeTools tools) {
        super(new EmulatorProcess("aws-ses-v2-local", tools.executable("aws-ses-v2-local"), List.of()));
    }

    public void clearStore() {
        send(HttpRequest.newBuilder(endpoint().resolve("/clear-store"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** Every e-mail sent since the start or the last {@link #clearStore()}, oldest first. */
    public List<SentMail> sentMails() {
        String body =
                send(HttpRequest.newBuilder(endpoint().resolve("/store")).GET().build());
        try {
            List<SentMail> mails = new ArrayList<>();
            for (JsonNode email : JSON.readTree(body).path("emails")) {
                mails.add(new SentMail(
                        email.path("from").asText(),
                        strings(email.path("replyTo")),
                        strings(email.path("destination").path("to")),
                        email.path("subject").asText(),
                        email.path("body").path("text").asText(null),
                        email.path("body").path("html").asText(null)));
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable store of aws-ses-v2-local", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("aws-ses-v2-local answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("aws-ses-v2-local is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
