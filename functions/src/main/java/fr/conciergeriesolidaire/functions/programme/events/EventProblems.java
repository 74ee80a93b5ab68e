package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.FieldProblems;
import java.util.Map;

/**
 * The event rules' problems as the back-office's form says them: each tied to the form field to fix, in the site's
 * wording ({@code eventForm.rule.<rule>}, quoting the rule's values). The rules name the fields a Markdown author
 * writes; the few the form does not show are shown on the field that decides them.
 */
final class EventProblems {
    /** What the form shows instead of a field it has not: the status decides the former date and the revision. */
    private static final Map<String, String> SHOWN_ON = Map.of(
            EventFields.PREVIOUS_START, EventFields.STATUS,
            EventFields.SEQUENCE, EventFields.STATUS);

    private EventProblems() {}

    static void addTo(FieldErrors errors, FieldProblems problems) {
        for (FieldProblems.FieldProblem problem : problems.all()) {
            // A problem of the whole event is its identifier's, which the form derives from the title.
            String field = problem.field() == null ? EventFields.TITLE : problem.field();
            errors.add(
                    SHOWN_ON.getOrDefault(field, field),
                    Message.of(
                            "eventForm.rule." + problem.rule().key(),
                            problem.arguments().toArray()));
        }
    }
}
