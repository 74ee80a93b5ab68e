package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.submission.FormSubmissionHandler;
import java.time.Clock;
import java.util.Map;

/**
 * {@code POST /api/subscriptions}: a company sign-up, JSON (201) or plain form post (303 to the confirmation page);
 * 409 with the reference of the sign-up already awaiting review for the same site.
 */
public final class SubscriptionSubmissionHandler extends FormSubmissionHandler<SubscriptionStore.Placement> {
    /** Used by AWS Lambda: configuration from the process environment. */
    public SubscriptionSubmissionHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public SubscriptionSubmissionHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public SubscriptionSubmissionHandler(Map<String, String> environment, Clock clock) {
        this(SubscriptionComponents.fromEnvironment(environment, clock));
    }

    SubscriptionSubmissionHandler(SubscriptionComponents components) {
        super(components.feature(), components.intake(), SubscriptionResponses::placed);
    }
}
