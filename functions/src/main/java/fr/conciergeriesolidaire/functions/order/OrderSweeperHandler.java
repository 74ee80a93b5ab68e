package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.notification.SweeperHandler;
import java.time.Clock;
import java.util.Map;

/** Every few minutes (schedule in template.yaml): re-sends the orders' e-mails that are still due. */
public final class OrderSweeperHandler extends SweeperHandler {
    /** Used by AWS Lambda: configuration from the process environment. */
    public OrderSweeperHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public OrderSweeperHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public OrderSweeperHandler(Map<String, String> environment, Clock clock) {
        this(OrderComponents.fromEnvironment(environment, clock));
    }

    OrderSweeperHandler(OrderComponents components) {
        super(components.feature().sweeper());
    }
}
