package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.forms.Checked;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.Texts;
import java.util.Optional;

/**
 * What the forms changing an order send besides their action, the team's and the partners' alike: the version of the
 * order the page showed (hidden field), which the change is conditional on, and the reason of a cancellation or a
 * refusal, kept in the order's audit trail and told to the customer.
 */
public final class ChangeForms {
    public static final String VERSION = "version";
    public static final String REASON = "reason";
    /** A reason is a sentence or two, said to the customer. */
    public static final int REASON_MAX_LENGTH = 300;

    private ChangeForms() {}

    /** The version the page showed, or 0 with the error added when the form has none (forged, or too old a page). */
    public static long version(SubmittedFields fields, FieldErrors errors) {
        long version =
                fields.number(VERSION, errors).filter(number -> number > 0).orElse(0L);
        if (version == 0) {
            errors.add(VERSION, "order.version.invalid");
        }
        return version;
    }

    /** The reason typed, required; empty with the error added when it is missing or unfit. */
    public static Optional<String> reason(SubmittedFields fields, FieldErrors errors) {
        Optional<String> typed = fields.text(REASON, errors);
        if (typed.isEmpty()) {
            errors.add(REASON, "order.reason.missing");
            return Optional.empty();
        }
        Checked checked = Texts.multiLine(typed.get(), REASON_MAX_LENGTH);
        checked.error().ifPresent(error -> errors.add(REASON, error));
        return Optional.ofNullable(checked.value());
    }
}
