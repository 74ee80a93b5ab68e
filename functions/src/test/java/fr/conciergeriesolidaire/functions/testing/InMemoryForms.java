package fr.conciergeriesolidaire.functions.testing;

import fr.conciergeriesolidaire.functions.antispam.RateLimiter;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.mail.Mailer;
import fr.conciergeriesolidaire.functions.notification.OutboxTable;
import fr.conciergeriesolidaire.functions.security.KeyedHash;
import fr.conciergeriesolidaire.functions.submission.FormInfrastructure;

/**
 * The shared parts of a form feature for handler tests, which check translation (events in, responses out):
 * a fixed secret and no rate limit. Rate limits and notifications are tested against the emulators (*IT).
 */
public final class InMemoryForms implements FormInfrastructure {
    private final KeyedHash hash = new KeyedHash("handler-tests-secret-of-32-characters-at-least");

    @Override
    public KeyedHash hash() {
        return hash;
    }

    @Override
    public RateLimiter rateLimiter() {
        return (action, client, now) -> {};
    }

    @Override
    public ClientAddress clientAddress() {
        return ClientAddress.sourceOnly();
    }

    @Override
    public OutboxTable outbox() {
        throw new UnsupportedOperationException("Notifications are tested against the emulators");
    }

    @Override
    public Mailer mailer() {
        throw new UnsupportedOperationException("Notifications are tested against the emulators");
    }
}
