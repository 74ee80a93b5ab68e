package fr.conciergeriesolidaire.functions.outbox;

import java.util.Optional;

/** A feature's stored records as records with e-mails to send (each feature implements it, e.g. OrderNotifications). */
public interface NotificationSource {
    /** The record as stored now (strongly consistent), or empty if it no longer exists. */
    Optional<Notifiable> load(String key);
}
