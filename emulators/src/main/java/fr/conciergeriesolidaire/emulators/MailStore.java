package fr.conciergeriesolidaire.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where an SES emulator keeps the e-mails it was asked to send, read over HTTP: aws-ses-v2-local
 * ({@code GET /store}, {@code POST /clear-store}) or LocalStack ({@code GET} and {@code DELETE /_aws/ses}).
 */
final class MailStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Supplier<URI> endpoint;
    private final String readPath;
    private final String clearMethod;
    private final String clearPath;
    private final String listField;
    private final Function<JsonNode, SentMail> reader;

    private MailStore(
            String name,
            Supplier<URI> endpoint,
            String readPath,
            String clearMethod,
            String clearPath,
            String listField,
            Function<JsonNode, SentMail> reader) {
        this.name = name;
        this.endpoint = endpoint;
        this.readPath = readPath;
        this.clearMethod = clearMethod;
        this.clearPath = clearPath;
        this.listField = listField;
        this.reader = reader;
    }

    static MailStore sesV2Local(Supplier<URI> endpoint) {
        return new MailStore(
                "aws-ses-v2-local",
                endpoint,
                "/store",
                "POST",
                "/clear-store",
                "emails",
                email -> new SentMail(
                        email.path("from").asText(),
                        strings(email.path("replyTo")),
                        strings(email.path("destination").path("to")),
                        email.path("subject").asText(),
                        email.path("body").path("text").asText(null),
                        email.path("body").path("html").asText(null)));
    }

    /** LocalStack records no reply-to address: it reads as none. */
    static MailStore localStack(Supplier<URI> endpoint) {
        return new MailStore(
                "LocalStack",
                endpoint,
                "/_aws/ses",
                "DELETE",
                "/_aws/ses",
                "messages",
                message -> new SentMail(
                        message.path("Source").asText(),
                        List.of(),
                        strings(message.path("Destination").path("ToAddresses")),
                        message.path("Subject").asText(),
                        message.path("Body").path("text_part").asText(null),
                        message.path("Body").path("html_part").asText(null)));
    }

    List<SentMail> sentMails() {
        return parse(send(request(readPath).GET().build()));
    }

    /** The e-mails in a store's JSON answer, oldest first. */
    List<SentMail> parse(String body) {
        try {
            List<SentMail> mails = new ArrayList<>();
            for (JsonNode mail : JSON.readTree(body).path(listField)) {
                mails.add(reader.apply(mail));
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable mail store of " + name, e);
        }
    }

    void clear() {
        send(request(clearPath)
                .method(clearMethod, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** Whether this kind of store exists at the endpoint. */
    boolean answers() {
        try {
            return HTTP.send(request(readPath).GET().build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException unreachable) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(endpoint.get().resolve(path)).timeout(Duration.ofSeconds(5));
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(name + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
