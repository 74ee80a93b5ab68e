package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.notification.StreamNotifierHandler;
import java.time.Clock;
import java.util.Map;

/** The orders table's stream: sends each new order's e-mails (customer, team, each partner) right away. */
public final class OrderNotifierHandler extends StreamNotifierHandler {
    /** Used by AWS Lambda: configuration from the process environment. */
    public OrderNotifierHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public OrderNotifierHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public OrderNotifierHandler(Map<String, String> environment, Clock clock) {
        this(OrderComponents.fromEnvironment(environment, clock));
    }

    OrderNotifierHandler(OrderComponents components) {
        super(components.feature().notifier(), OrderItemMapper.REFERENCE);
    }
}
