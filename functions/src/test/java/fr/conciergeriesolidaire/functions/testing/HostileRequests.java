package fr.conciergeriesolidaire.functions.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Requests every form's endpoint must refuse before reading a field, as (what, content type, body, status), and
 * the check that a refusal is French and tells nothing of the internals.
 */
public final class HostileRequests {
    private HostileRequests() {}

    /** @param validJson a valid submission, sent with the wrong media types */
    public static Stream<Arguments> atTheEdge(String validJson) {
        return Stream.of(
                Arguments.of("malformed JSON", "application/json", "{\"firstName\": ", 400),
                Arguments.of("JSON array", "application/json", "[1, 2]", 400),
                Arguments.of(
                        "duplicate keys", "application/json", "{\"email\": \"a@b.fr\", \"email\": \"c@d.fr\"}", 400),
                Arguments.of(
                        "1 MB body", "application/json", "{\"message\": \"" + "a".repeat(1024 * 1024) + "\"}", 413),
                Arguments.of("wrong content type", "text/plain", validJson, 415),
                Arguments.of("no content type", null, validJson, 415),
                Arguments.of("latin-1 charset", "application/json; charset=iso-8859-1", validJson, 415),
                Arguments.of("malformed form encoding", "application/x-www-form-urlencoded", "firstName=%zz", 400),
                Arguments.of("truncated form escape", "application/x-www-form-urlencoded", "firstName=Zo%C", 400),
                Arguments.of(
                        "percent-encoded bytes that are not UTF-8",
                        "application/x-www-form-urlencoded",
                        "firstName=Zo%C3%28&lastName=%FF",
                        400),
                Arguments.of("huge exponent", "application/json", withStartedAt(validJson, "1e99999999999"), 400),
                Arguments.of("tiny exponent", "application/json", withStartedAt(validJson, "1e-99999999999"), 400),
                Arguments.of("2 to the 63", "application/json", withStartedAt(validJson, "9223372036854775808"), 400),
                Arguments.of("fraction", "application/json", withStartedAt(validJson, "1772441000000.5"), 400));
    }

    /** The submission with another value in its numeric field {@code startedAt} (the form's display time). */
    private static String withStartedAt(String validJson, String number) {
        String without = validJson.replaceFirst("\\s*\"startedAt\"\\s*:\\s*[0-9.eE+-]+\\s*,?", "");
        return without.replaceFirst("\\{", "{\"startedAt\": " + number + ", ");
    }

    /** The expected status, and a French message without stack trace or exception name, in JSON or HTML. */
    public static void assertRefused(String what, APIGatewayV2HTTPResponse response, int status) {
        assertThat(response.getStatusCode()).as(what).isEqualTo(status);
        String message =
                response.getHeaders().get("Content-Type").startsWith("text/html") ? response.getBody() : json(response);
        assertThat(message).isNotBlank().doesNotContain("Exception").doesNotContain("at fr.");
    }

    private static String json(APIGatewayV2HTTPResponse response) {
        try {
            return JsonTrees.MAPPER.readTree(response.getBody()).path("message").asText();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(response.getBody(), unreadable);
        }
    }
}
