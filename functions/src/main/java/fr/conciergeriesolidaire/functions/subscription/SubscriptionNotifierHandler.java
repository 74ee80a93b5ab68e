package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.notification.StreamNotifierHandler;
import java.time.Clock;
import java.util.Map;

/** The subscriptions table's stream: sends each new sign-up's e-mails (contact person, team) right away. */
public final class SubscriptionNotifierHandler extends StreamNotifierHandler {
    /** Used by AWS Lambda: configuration from the process environment. */
    public SubscriptionNotifierHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public SubscriptionNotifierHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public SubscriptionNotifierHandler(Map<String, String> environment, Clock clock) {
        this(SubscriptionComponents.fromEnvironment(environment, clock));
    }

    SubscriptionNotifierHandler(SubscriptionComponents components) {
        super(components.feature().notifier(), SubscriptionItemMapper.REFERENCE);
    }
}
