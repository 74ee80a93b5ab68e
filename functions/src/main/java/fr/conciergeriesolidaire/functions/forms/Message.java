package fr.conciergeriesolidaire.functions.forms;

import java.util.Arrays;
import java.util.List;

/**
 * What to tell the person, as a key of the site's wording (messages.properties) and the values it quotes: the text
 * is written once, beside the form's labels, and put in words where the answer is written ({@code ErrorAnswers}).
 */
public record Message(String key, List<Object> arguments) {
    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }
}
