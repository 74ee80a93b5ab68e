package fr.conciergeriesolidaire.functions.order;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** An order as the form's script sends it, for tests that need orders at given counters, days and windows. */
public final class OrderJson {
    private OrderJson() {}

    /**
     * @param services service id to quantity, each offered at that counter
     * @return the JSON body; the customer is "{firstName} Martin", at {firstname}@exemple.fr (without accents)
     */
    public static String of(
            String counter, String date, String window, String firstName, Map<String, Integer> services) {
        String lines = services.entrySet().stream()
                .map(line -> "{\"service\": \"" + line.getKey() + "\", \"quantity\": " + line.getValue() + "}")
                .collect(Collectors.joining(", "));
        return """
                {"counter": "%s", "lines": [%s], "date": "%s", "window": "%s",
                 "firstName": "%s", "lastName": "Martin", "phone": "06 12 34 56 78", "email": "%s",
                 "consent": true, "idempotencyKey": "%s", "website": ""}
                """.formatted(counter, lines, date, window, firstName, email(firstName), UUID.randomUUID());
    }

    /** The address {@link #of} gives that customer. */
    public static String email(String firstName) {
        return Normalizer.normalize(firstName, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                + "@exemple.fr";
    }
}
