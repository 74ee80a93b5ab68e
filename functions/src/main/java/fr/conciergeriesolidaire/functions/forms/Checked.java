package fr.conciergeriesolidaire.functions.forms;

import java.util.Optional;

/** What a rule made of typed text: the cleaned value, or a French message saying what is wrong. */
public record Checked(String value, Optional<String> error) {
    public static Checked value(String value) {
        return new Checked(value, Optional.empty());
    }

    public static Checked error(String message) {
        return new Checked(null, Optional.of(message));
    }
}
