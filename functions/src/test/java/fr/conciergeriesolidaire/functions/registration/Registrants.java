package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.forms.Json;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registrations as the event page sends them: JSON from its script, or the plain form; one person per number. */
final class Registrants {
    private Registrants() {}

    static String email(int person) {
        return "personne." + person + "@exemple.fr";
    }

    /** What the page's script sends for that person, with these fields changed or added. */
    static Map<String, Object> fields(int person, Map<String, Object> changes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("firstName", "Prénom");
        fields.put("lastName", "Numéro" + "abcdefghijklmnopqrstuvwxyz".charAt(person % 26));
        fields.put("email", email(person));
        fields.put("places", 1);
        fields.put("consent", true);
        fields.putAll(changes);
        return fields;
    }

    static APIGatewayV2HTTPEvent json(String event, int person, Map<String, Object> changes) {
        return withEvent(
                ApiEvents.post(path(event), "application/json", Json.write(fields(person, changes)), client(person)),
                event);
    }

    static APIGatewayV2HTTPEvent form(String event, String body, int person) {
        return withEvent(ApiEvents.post(path(event), "application/x-www-form-urlencoded", body, client(person)), event);
    }

    static APIGatewayV2HTTPEvent withEvent(APIGatewayV2HTTPEvent request, String event) {
        request.setPathParameters(Map.of("event", event));
        request.setRouteKey("POST /api/events/{event}/registrations");
        return request;
    }

    /** Each person from an address of their own (TEST-NET-2), so that no per-client limit counts them together. */
    static String client(int person) {
        return "198.51." + (person / 250) + "." + (person % 250 + 1);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> answer(APIGatewayV2HTTPResponse response) {
        try {
            return JsonTrees.MAPPER.readValue(response.getBody(), Map.class);
        } catch (java.io.IOException notJson) {
            throw new AssertionError("Not JSON: " + response.getBody(), notJson);
        }
    }

    private static String path(String event) {
        return "/api/events/" + event + "/registrations";
    }
}
