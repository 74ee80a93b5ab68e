package fr.conciergeriesolidaire.functions.testing;

import fr.conciergeriesolidaire.functions.forms.Checked;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.Optional;

/** Messages as the person reads them: put in words by the site's wording packaged with the functions. */
public final class Wordings {
    private Wordings() {}

    public static String text(Message message) {
        return Templates.packaged()
                .wording()
                .format(message.key(), message.arguments().toArray());
    }

    /** The error of a rule, in words; empty if the rule accepted the text. */
    public static Optional<String> error(Checked checked) {
        return checked.error().map(Wordings::text);
    }
}
