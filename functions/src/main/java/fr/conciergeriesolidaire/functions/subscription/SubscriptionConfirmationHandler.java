package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.submission.ConfirmationPageHandler;
import java.time.Clock;
import java.util.Map;

/** {@code GET /api/subscriptions/confirmation?reference=...}: the confirmation page after a sign-up. */
public final class SubscriptionConfirmationHandler extends ConfirmationPageHandler<StoredSubscription> {
    /** Used by AWS Lambda: configuration from the process environment. */
    public SubscriptionConfirmationHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public SubscriptionConfirmationHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public SubscriptionConfirmationHandler(Map<String, String> environment, Clock clock) {
        this(SubscriptionComponents.fromEnvironment(environment, clock));
    }

    SubscriptionConfirmationHandler(SubscriptionComponents components) {
        super(
                components.feature().confirmations(),
                components.feature().store()::find,
                components.pages()::confirmation,
                components.pages()::notFound);
    }
}
