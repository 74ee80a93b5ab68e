package fr.conciergeriesolidaire.functions.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a submission, whether it came as JSON (from the page's script) or as an HTML form post.
 * A value of the wrong type is recorded in {@code errors} as a French message and read as absent.
 */
public interface SubmittedFields {
    /** The message key of a value that is not text (JSON number, list...). */
    String NOT_TEXT = "error.notText";

    /** The fields of a JSON object body; malformed JSON or another value is an {@code InvalidInputException}. */
    static SubmittedFields ofJson(String body) {
        return JsonFields.parse(body);
    }

    /** The fields of an urlencoded form body; malformed encoding is an {@code InvalidInputException}. */
    static SubmittedFields ofForm(String body) {
        return FormFields.parse(body);
    }

    /** A text value; blank counts as absent. */
    Optional<String> text(String field, FieldErrors errors);

    /** A checkbox: JSON {@code true}, or the form value {@code yes} (also {@code on}, a browser's default). */
    boolean checked(String field, FieldErrors errors);

    /** A whole number: JSON integer, or digits in a form. */
    Optional<Long> number(String field, FieldErrors errors);

    /** A JSON array of objects; a form has none. */
    List<SubmittedFields> objects(String field, FieldErrors errors);

    /** Form fields whose names start with {@code prefix}, by the rest of their name; JSON has none. */
    Map<String, String> prefixed(String prefix);
}
