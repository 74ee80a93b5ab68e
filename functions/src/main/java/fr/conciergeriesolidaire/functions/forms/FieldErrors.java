package fr.conciergeriesolidaire.functions.forms;

import java.util.ArrayList;
import java.util.List;

/** Collects every field problem of a submission so the person sees them all at once. */
public final class FieldErrors {
    private final List<FieldError> errors = new ArrayList<>();

    /** @param key the message in the site's wording (messages.properties), {@code {0}}... filled by arguments */
    public void add(String field, String key, Object... arguments) {
        add(field, Message.of(key, arguments));
    }

    public void add(String field, Message message) {
        // One message per field is enough for a person to fix it; the first found is the most basic.
        if (errors.stream().noneMatch(error -> error.field().equals(field))) {
            errors.add(new FieldError(field, message));
        }
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
