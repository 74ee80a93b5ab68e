package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.FieldLabels;
import fr.conciergeriesolidaire.functions.forms.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A back-office form as shown: the values in its fields and the errors found, each tied to its field (message under
 * the field, {@code aria-invalid}, {@code aria-describedby}) and listed in a summary linking to the fields (the
 * templates' macros of {@code pages/screen.ftlh}). A form shown again after a refusal keeps what was typed.
 */
public final class ScreenForm {
    private final Map<String, String> values;
    private final List<FieldError> errors;

    private ScreenForm(Map<String, String> values, List<FieldError> errors) {
        this.values = Map.copyOf(values);
        this.errors = List.copyOf(errors);
    }

    public static ScreenForm blank() {
        return new ScreenForm(Map.of(), List.of());
    }

    /** @param values each field's value as the form shows it (a ticked box: {@code yes}) */
    public static ScreenForm of(Map<String, String> values) {
        return new ScreenForm(values, List.of());
    }

    public ScreenForm refused(List<FieldError> found) {
        List<FieldError> all = new ArrayList<>(errors);
        all.addAll(found);
        return new ScreenForm(values, all);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** What the templates read: {@code values}, {@code errors} by field, and the {@code summary} in order. */
    Map<String, Object> model(Wording wording, FieldLabels labels) {
        Map<String, String> messages = new LinkedHashMap<>();
        List<Map<String, String>> summary = new ArrayList<>();
        for (FieldError error : errors) {
            String text = text(wording, error.message());
            if (messages.putIfAbsent(error.field(), text) == null) {
                summary.add(Map.of("field", error.field(), "label", labels.of(error.field()), "message", text));
            }
        }
        return Map.of("values", values, "errors", messages, "summary", summary);
    }

    private static String text(Wording wording, Message message) {
        return wording.format(message.key(), message.arguments().toArray());
    }
}
