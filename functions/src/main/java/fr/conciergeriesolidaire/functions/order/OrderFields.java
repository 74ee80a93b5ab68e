package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.forms.CommonFields;
import java.util.Map;
import java.util.function.Function;

/**
 * Names of the order form's own fields (the same in JSON and in the HTML form) and their French labels; the fields
 * every form has are in {@link CommonFields}.
 */
final class OrderFields {
    static final String COUNTER = "counter";
    static final String LINES = "lines";
    static final String LINE_SERVICE = "service";
    static final String LINE_QUANTITY = "quantity";
    /** Form fields {@code quantity.<serviceId>}; also the name of a line's errors in both formats. */
    static final String QUANTITY_PREFIX = "quantity.";

    static final String DATE = "date";
    static final String WINDOW = "window";
    static final String BUILDING = "building";
    static final String COMMENT = "comment";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(COUNTER, "Comptoir"),
            Map.entry(LINES, "Services"),
            Map.entry(DATE, "Date de dépôt"),
            Map.entry(WINDOW, "Créneau"),
            Map.entry(BUILDING, "Bâtiment, appartement"),
            Map.entry(COMMENT, "Commentaire"));

    private OrderFields() {}

    /** The label shown before an error in an HTML answer. */
    static Function<String, String> labels(SiteData data) {
        return CommonFields.labels(field -> {
            if (field.startsWith(QUANTITY_PREFIX)) {
                String serviceId = field.substring(QUANTITY_PREFIX.length());
                return data.service(serviceId)
                        .map(offered ->
                                "Quantité de «\u00a0" + offered.service().name() + "\u00a0»")
                        .orElse("Quantité");
            }
            return LABELS.get(field);
        });
    }
}
