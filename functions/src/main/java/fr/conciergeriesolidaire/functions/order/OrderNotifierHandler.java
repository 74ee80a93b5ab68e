package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import fr.conciergeriesolidaire.functions.notification.StreamNotifications;
import java.time.Clock;
import java.util.Map;

/** The orders table's stream: sends each new order's e-mails right away (see {@link StreamNotifications}). */
public final class OrderNotifierHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final StreamNotifications notifications;

    public OrderNotifierHandler() {
        this(System.getenv());
    }

    public OrderNotifierHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public OrderNotifierHandler(Map<String, String> environment, Clock clock) {
        this(OrderComponents.fromEnvironment(environment, clock));
    }

    OrderNotifierHandler(OrderComponents components) {
        this.notifications = new StreamNotifications(components.notifier(), OrderItemMapper.REFERENCE);
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return notifications.deliver(event);
    }
}
