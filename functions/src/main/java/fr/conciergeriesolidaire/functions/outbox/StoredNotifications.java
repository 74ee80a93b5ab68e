package fr.conciergeriesolidaire.functions.outbox;

import java.util.Map;
import java.util.Optional;

/**
 * A feature's stored records (orders, sign-ups) as records with e-mails to send: read from the feature's store,
 * written by the feature's e-mails.
 *
 * @param <T> the feature's stored record
 */
public final class StoredNotifications<T> implements NotificationSource {
    /** The feature's store, as the notifier reads it: the record as stored now (strongly consistent). */
    public interface Records<T> {
        Optional<T> find(String key);
    }

    /** The feature's e-mails of one of its records. */
    public interface Messages<T> {
        Map<String, Delivery> deliveries(T record);

        /** The e-mail for one recipient key of {@link #deliveries}. */
        Email message(T record, String recipient);

        /** The e-mail telling the team that {@code failedRecipient}'s e-mail could not be sent. */
        Email alert(T record, String failedRecipient, int attempts);
    }

    private final Records<T> records;
    private final Messages<T> messages;

    public StoredNotifications(Records<T> records, Messages<T> messages) {
        this.records = records;
        this.messages = messages;
    }

    @Override
    public Optional<Notifiable> load(String key) {
        return records.find(key).map(record -> new StoredRecord<>(record, messages));
    }

    private record StoredRecord<T>(T record, Messages<T> messages) implements Notifiable {
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
    }
}
