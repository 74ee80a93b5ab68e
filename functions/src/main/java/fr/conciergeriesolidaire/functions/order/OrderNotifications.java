package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.mail.Email;
import fr.conciergeriesolidaire.functions.notification.Delivery;
import fr.conciergeriesolidaire.functions.notification.Notifiable;
import fr.conciergeriesolidaire.functions.notification.NotificationSource;
import java.util.Map;
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
        return store.find(reference).map(order -> new Notifiable() {
            @Override
            public Map<String, Delivery> deliveries() {
                return order.deliveries();
            }

            @Override
            public Email message(String recipient) {
                if (recipient.equals(Recipients.CUSTOMER)) {
                    return emails.customer(order);
                }
                if (recipient.equals(Recipients.TEAM)) {
                    return emails.team(order);
                }
                return emails.partner(
                        order,
                        Recipients.partnerId(recipient)
                                .orElseThrow(() -> new IllegalStateException("Unknown recipient " + recipient)));
            }

            @Override
            public Email alert(String failedRecipient, int attempts) {
                return emails.alert(order, failedRecipient, attempts);
            }
        });
    }
}
