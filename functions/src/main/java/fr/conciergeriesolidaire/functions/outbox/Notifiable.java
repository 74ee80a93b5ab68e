package fr.conciergeriesolidaire.functions.outbox;

import java.util.Map;

/** A stored record with e-mails to send (an order, a sign-up...): its delivery states and their messages. */
public interface Notifiable {
    Map<String, Delivery> deliveries();

    /** The e-mail for one recipient key of {@link #deliveries()}. */
    Email message(String recipient);

    /** The e-mail telling the team that {@code failedRecipient}'s e-mail could not be sent. */
    Email alert(String failedRecipient, int attempts);
}
