package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import fr.conciergeriesolidaire.functions.notification.Sweeper;
import java.time.Clock;
import java.util.Map;

/** Every few minutes (schedule in template.yaml): re-sends the orders' e-mails that are still due. */
public final class OrderSweeperHandler implements RequestHandler<ScheduledEvent, String> {
    private final Sweeper sweeper;

    public OrderSweeperHandler() {
        this(System.getenv());
    }

    public OrderSweeperHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public OrderSweeperHandler(Map<String, String> environment, Clock clock) {
        this(OrderComponents.fromEnvironment(environment, clock));
    }

    OrderSweeperHandler(OrderComponents components) {
        this.sweeper = components.sweeper();
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        var outcome = sweeper.sweep();
        return "sent=" + outcome.sent() + " retrying=" + outcome.retrying() + " givenUp=" + outcome.givenUp();
    }
}
