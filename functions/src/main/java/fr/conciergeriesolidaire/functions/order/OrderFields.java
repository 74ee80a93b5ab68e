package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.CommonFields;
import fr.conciergeriesolidaire.functions.forms.FieldLabels;

/**
 * Names of the order form's own fields (the same in JSON and in the HTML form, each the id of its control on the
 * page; the fields every form has are in {@link CommonFields}), and their labels as the form shows them: the wording's
 * {@code order.<field>}, and for a service's quantity, the service's name.
 */
final class OrderFields extends FieldLabels {
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

    private final SiteData data;

    OrderFields(SiteData data, Wording wording) {
        super(wording, "order");
        this.data = data;
    }

    @Override
    public String of(String field) {
        if (field.startsWith(QUANTITY_PREFIX)) {
            return data.service(field.substring(QUANTITY_PREFIX.length()))
                    .map(offered -> offered.service().name())
                    .orElseGet(() -> super.of(LINES));
        }
        return super.of(field);
    }
}
