package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;

/** The version of the member a form was made on (hidden field): what a change or a removal is conditional on. */
final class MemberVersion {
    private MemberVersion() {}

    /** @throws fr.conciergeriesolidaire.functions.forms.InvalidInputException when the form has none */
    static long of(SubmittedFields fields) {
        FieldErrors errors = new FieldErrors();
        long version = read(fields, errors);
        errors.throwIfAny();
        return version;
    }

    /** The version, or 0 with the error added when the form has none. */
    static long read(SubmittedFields fields, FieldErrors errors) {
        long version = fields.number(MemberFields.VERSION, errors)
                .filter(number -> number > 0)
                .orElse(0L);
        if (version == 0) {
            errors.add(MemberFields.VERSION, "member.version.invalid");
        }
        return version;
    }
}
