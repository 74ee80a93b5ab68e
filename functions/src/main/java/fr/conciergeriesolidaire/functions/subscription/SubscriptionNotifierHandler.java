package fr.conciergeriesolidaire.functions.subscription;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import fr.conciergeriesolidaire.functions.notification.StreamNotifications;
import java.time.Clock;
import java.util.Map;

/** The subscriptions table's stream: sends each new sign-up's e-mails right away (see {@link StreamNotifications}). */
public final class SubscriptionNotifierHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final StreamNotifications notifications;

    public SubscriptionNotifierHandler() {
        this(System.getenv());
    }

    public SubscriptionNotifierHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public SubscriptionNotifierHandler(Map<String, String> environment, Clock clock) {
        this(SubscriptionComponents.fromEnvironment(environment, clock));
    }

    SubscriptionNotifierHandler(SubscriptionComponents components) {
        this.notifications = new StreamNotifications(components.notifier(), SubscriptionItemMapper.REFERENCE);
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return notifications.deliver(event);
    }
}
