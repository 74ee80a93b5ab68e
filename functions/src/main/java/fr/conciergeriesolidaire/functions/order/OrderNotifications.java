package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.notification.Notifiable;
import fr.conciergeriesolidaire.functions.notification.NotificationSource;
import fr.conciergeriesolidaire.functions.notification.RecordMessages;
import java.util.Optional;

/** Orders as records with e-mails to send: the customer's, the team's and one per partner. */
final class OrderNotifications implements NotificationSource {
    private final OrderStore store;
    private final OrderEmails emails;

    OrderNotifications(OrderStore store, OrderEmails emails) {
        this.store = store;
        this.emails = emails;
    }

    @Override
    public Optional<Notifiable> load(String reference) {
        return store.find(reference)
                .map(order -> new RecordMessages(
                        order.deliveries(),
                        recipient -> emails.message(order, recipient),
                        (failed, attempts) -> emails.alert(order, failed, attempts)));
    }
}
