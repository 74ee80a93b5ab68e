package fr.conciergeriesolidaire.functions.subscription;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import fr.conciergeriesolidaire.functions.notification.Sweeper;
import java.time.Clock;
import java.util.Map;

/** Every few minutes (schedule in template.yaml): re-sends the sign-ups' e-mails that are still due. */
public final class SubscriptionSweeperHandler implements RequestHandler<ScheduledEvent, String> {
    private final Sweeper sweeper;

    public SubscriptionSweeperHandler() {
        this(System.getenv());
    }

    public SubscriptionSweeperHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public SubscriptionSweeperHandler(Map<String, String> environment, Clock clock) {
        this(SubscriptionComponents.fromEnvironment(environment, clock));
    }

    SubscriptionSweeperHandler(SubscriptionComponents components) {
        this.sweeper = components.sweeper();
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        var outcome = sweeper.sweep();
        return "sent=" + outcome.sent() + " retrying=" + outcome.retrying() + " givenUp=" + outcome.givenUp();
    }
}
