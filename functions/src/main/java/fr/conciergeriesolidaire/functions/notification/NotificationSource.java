package fr.conciergeriesolidaire.functions.notification;

import java.util.Optional;

/** Loads a record with e-mails to send, by its key; the extension point of each feature. */
@FunctionalInterface
public interface NotificationSource {
    /** The record as stored now (strongly consistent), or empty if it no longer exists. */
    Optional<Notifiable> load(String key);
}
