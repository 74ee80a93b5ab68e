package fr.conciergeriesolidaire.functions.notification;

import fr.conciergeriesolidaire.functions.mail.Email;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A feature's stored records (orders, sign-ups) as records with e-mails to send, found by their key. */
public final class RecordNotifications<T> implements NotificationSource {
    /** What a feature writes for one of its records. */
    public interface Messages<T> {
        Map<String, Delivery> deliveries(T record);

        /** The e-mail for one recipient key of {@link #deliveries}. */
        Email message(T record, String recipient);

        /** The e-mail telling the team that {@code failedRecipient}'s e-mail could not be sent. */
        Email alert(T record, String failedRecipient, int attempts);
    }

    private final Function<String, Optional<T>> find;
    private final Messages<T> messages;

    /** @param find the record as stored now (strongly consistent), by key */
    public RecordNotifications(Function<String, Optional<T>> find, Messages<T> messages) {
        this.find = find;
        this.messages = messages;
    }

    @Override
    public Optional<Notifiable> load(String key) {
        return find.apply(key).map(record -> new Notifiable() {
            @Override
            public Map<String, Delivery> deliveries() {
                return messages.deliveries(record);
            }

            @Override
            public Email message(String recipient) {
                return messages.message(record, recipient);
            }

            @Override
            public Email alert(String failedRecipient, int attempts) {
                return messages.alert(record, failedRecipient, attempts);
            }
        });
    }
}
