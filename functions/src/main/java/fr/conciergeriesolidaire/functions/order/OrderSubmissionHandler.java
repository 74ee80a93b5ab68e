package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.submission.FormSubmissionHandler;
import java.time.Clock;
import java.util.Map;

/** {@code POST /api/orders}: an order, JSON (201) or plain form post (303 to the confirmation page). */
public final class OrderSubmissionHandler extends FormSubmissionHandler<OrderStore.Placement> {
    /** Used by AWS Lambda: configuration from the process environment. */
    public OrderSubmissionHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public OrderSubmissionHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public OrderSubmissionHandler(Map<String, String> environment, Clock clock) {
        this(OrderComponents.fromEnvironment(environment, clock));
    }

    OrderSubmissionHandler(OrderComponents components) {
        super(components.feature(), components.intake(), OrderResponses::placed);
    }
}
