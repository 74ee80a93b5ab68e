package fr.conciergeriesolidaire.functions.notification;

import fr.conciergeriesolidaire.functions.mail.Email;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A stored record seen as e-mails to send: its delivery states, the message for each recipient key, and the
 * alert to the team when one could not be sent.
 */
public record RecordMessages(
        Map<String, Delivery> deliveries,
        Function<String, Email> messageFor,
        BiFunction<String, Integer, Email> alertFor)
        implements Notifiable {

    @Override
    public Email message(String recipient) {
        return messageFor.apply(recipient);
    }

    @Override
    public Email alert(String failedRecipient, int attempts) {
        return alertFor.apply(failedRecipient, attempts);
    }
}
