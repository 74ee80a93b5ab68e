package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.StreamNotifierHandler;

/** The sign-ups table's stream: sends each new sign-up's e-mails (contact person, team) right away. */
public final class SubscriptionNotifierHandler extends StreamNotifierHandler {
    /** What Lambda calls: the feature built from the function's environment. */
    public SubscriptionNotifierHandler() {
        this(SubscriptionWiring.fromEnvironment().notifier());
    }

    /** What tests call. */
    public SubscriptionNotifierHandler(Notifier notifier) {
        super(notifier, SubscriptionItemMapper.REFERENCE);
    }
}
