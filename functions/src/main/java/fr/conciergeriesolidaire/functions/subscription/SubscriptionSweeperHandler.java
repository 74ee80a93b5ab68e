package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.notification.SweeperHandler;
import java.time.Clock;
import java.util.Map;

/** Every few minutes (schedule in template.yaml): re-sends the sign-ups' e-mails that are still due. */
public final class SubscriptionSweeperHandler extends SweeperHandler {
    /** Used by AWS Lambda: configuration from the process environment. */
    public SubscriptionSweeperHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public SubscriptionSweeperHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public SubscriptionSweeperHandler(Map<String, String> environment, Clock clock) {
        this(SubscriptionComponents.fromEnvironment(environment, clock));
    }

    SubscriptionSweeperHandler(SubscriptionComponents components) {
        super(components.feature().sweeper());
    }
}
