package fr.conciergeriesolidaire.browser.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.browser.RunningSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Orders, sign-ups and residents' ideas sent to the API as the pages' scripts send them (JSON), when a test needs one to exist
 * rather than to watch it being made: their references lead to the confirmation pages.
 */
public final class Submissions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Submissions() {}

    /** The reference of a new order. */
    public static String order(RunningSite site, OrderChoice choice, Visitor visitor) {
        return placed(site, choice, visitor).path("reference").asText();
    }

    /** The private follow-up link of a new order, as its submission's answer gives it to the person ordering. */
    public static String orderFollowUp(RunningSite site, OrderChoice choice, Visitor visitor) {
        return placed(site, choice, visitor).path("followUpUrl").asText();
    }

    private static JsonNode placed(RunningSite site, OrderChoice choice, Visitor visitor) {
        Map<String, Object> body = contact(visitor);
        body.put("counter", choice.counter().id());
        body.put(
                "lines",
                choice.quantities().entrySet().stream()
                        .map(line -> Map.of("service", line.getKey(), "quantity", line.getValue()))
                        .toList());
        body.put("date", choice.date().toString());
        body.put("window", choice.window());
        return post(site, "/api/orders", body);
    }

    /** The reference of a new sign-up, its site at the company's address. */
    public static String signup(RunningSite site, Company company, Visitor visitor) {
        Map<String, Object> body = contact(visitor);
        body.put("company", company.name());
        body.put("siret", company.siret());
        body.put("companyStreet", company.street());
        body.put("companyPostcode", company.postcode());
        body.put("companyCity", company.city());
        body.put("employees", company.employees());
        body.put("siteAddress", "same");
        body.put("startDate", company.startDate().toString());
        body.put("role", company.role());
        return post(site, "/api/subscriptions", body).path("reference").asText();
    }

    /** The reference of a new resident's idea of an animation, anonymous. */
    public static String proposal(RunningSite site, String neighbourhood, String idea) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("neighbourhood", neighbourhood);
        body.put("idea", idea);
        body.put("website", "");
        body.put("idempotencyKey", UUID.randomUUID().toString());
        return post(site, "/api/propositions", body).path("reference").asText();
    }

    private static Map<String, Object> contact(Visitor visitor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", visitor.firstName());
        body.put("lastName", visitor.lastName());
        body.put("phone", visitor.phone());
        body.put("email", visitor.email());
        body.put("consent", true);
        body.put("website", "");
        body.put("idempotencyKey", UUID.randomUUID().toString());
        return body;
    }

    private static JsonNode post(RunningSite site, String path, Map<String, Object> body) {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(site.url(path)))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return JSON.readTree(answer.body());
        } catch (IOException unreachable) {
            throw new IllegalStateException(path + " unreachable", unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
