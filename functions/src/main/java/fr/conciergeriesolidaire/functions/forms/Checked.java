package fr.conciergeriesolidaire.functions.forms;

import java.util.Optional;

/** What a rule made of typed text: the cleaned value, or the message saying what is wrong. */
public record Checked(String value, Optional<Message> error) {
    public static Checked value(String value) {
        return new Checked(value, Optional.empty());
    }

    public static Checked error(String key, Object... arguments) {
        return new Checked(null, Optional.of(Message.of(key, arguments)));
    }
}
