package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.antispam.SpamGuard;
import java.util.Map;
import java.util.function.Function;

/** Names of the order form's fields (the same in JSON and in the HTML form) and their French labels. */
final class OrderFields {
    static final String COUNTER = "counter";
    static final String LINES = "lines";
    static final String LINE_SERVICE = "service";
    static final String LINE_QUANTITY = "quantity";
    /** Form fields {@code quantity.<serviceId>}; also the name of a line's errors in both formats. */
    static final String QUANTITY_PREFIX = "quantity.";

    static final String DATE = "date";
    static final String WINDOW = "window";
    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String PHONE = "phone";
    static final String EMAIL = "email";
    static final String BUILDING = "building";
    static final String COMMENT = "comment";
    static final String CONSENT = "consent";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(COUNTER, "Comptoir"),
            Map.entry(LINES, "Services"),
            Map.entry(DATE, "Date de dépôt"),
            Map.entry(WINDOW, "Créneau"),
            Map.entry(FIRST_NAME, "Prénom"),
            Map.entry(LAST_NAME, "Nom"),
            Map.entry(PHONE, "Téléphone"),
            Map.entry(EMAIL, "Adresse e-mail"),
            Map.entry(BUILDING, "Bâtiment, appartement"),
            Map.entry(COMMENT, "Commentaire"),
            Map.entry(CONSENT, "Accord"),
            Map.entry(IDEMPOTENCY_KEY, "Formulaire"),
            Map.entry(SpamGuard.HONEYPOT, "Champ à laisser vide"),
            Map.entry(SpamGuard.STARTED_AT, "Formulaire"));

    private OrderFields() {}

    /** The label shown before an error in an HTML answer. */
    static Function<String, String> labels(SiteData data) {
        return field -> {
            if (field.startsWith(QUANTITY_PREFIX)) {
                String serviceId = field.substring(QUANTITY_PREFIX.length());
                return data.service(serviceId)
                        .map(offered ->
                                "Quantité de «\u00a0" + offered.service().name() + "\u00a0»")
                        .orElse("Quantité");
            }
            return LABELS.getOrDefault(field, field);
        };
    }
}
