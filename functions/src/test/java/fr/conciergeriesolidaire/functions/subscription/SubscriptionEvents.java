package fr.conciergeriesolidaire.functions.subscription;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Sign-up requests built in code: a valid JSON body to alter, and the API Gateway events that carry it. */
public final class SubscriptionEvents {
    static final String PATH = "/api/subscriptions";
    /** The tests' clock: Monday 2 March 2026, 10:00 in Paris. */
    public static final String NOW = "2026-03-02T09:00:00Z";

    private static final String VALID = """
            {"company": "Imprimerie Rémoise", "siret": "732 829 320 00074",
             "companyStreet": "12 rue de la Paix", "companyPostcode": "51100", "companyCity": "Reims",
             "employees": 120, "siteAddress": "same", "startDate": "2026-04-01",
             "firstName": "Hélène", "lastName": "Dubois", "role": "Responsable RH",
             "phone": "03 53 01 23 45", "email": "helene.dubois@imprimerie.example",
             "message": "Un concierge le mardi, si possible.", "consent": true, "website": "",
             "idempotencyKey": "%s"}
            """;

    private SubscriptionEvents() {}

    /**
     * A valid sign-up as JSON text, for another site and start date (the benchmark runs on the real clock, and a site
     * may have one sign-up awaiting review): no data binding, which a cold-start probe must not load.
     */
    public static String validJson(int streetNumber, LocalDate start) {
        return VALID.formatted(UUID.randomUUID())
                .replace("\"12 rue de la Paix\"", "\"" + streetNumber + " rue de la Paix\"")
                .replace("2026-04-01", start.toString());
    }

    /** A valid sign-up with a fresh idempotency key, to change field by field. */
    public static ObjectNode valid() {
        try {
            return (ObjectNode) JsonTrees.MAPPER.readTree(VALID.formatted(UUID.randomUUID()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public static APIGatewayV2HTTPEvent json(ObjectNode body) {
        return json(body, "203.0.113.7");
    }

    public static APIGatewayV2HTTPEvent json(ObjectNode body, String sourceIp) {
        return ApiEvents.post(PATH, "application/json", body.toString(), sourceIp);
    }

    static APIGatewayV2HTTPEvent post(String contentType, String body) {
        return ApiEvents.post(PATH, contentType, body, "203.0.113.66");
    }

    static APIGatewayV2HTTPEvent confirmation(String reference) {
        return ApiEvents.get(PATH + "/confirmation", Map.of("reference", reference));
    }
}
