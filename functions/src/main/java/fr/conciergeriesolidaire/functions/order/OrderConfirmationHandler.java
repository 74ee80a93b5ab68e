package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.submission.ConfirmationPageHandler;
import java.time.Clock;
import java.util.Map;

/** {@code GET /api/orders/confirmation?reference=...}: the confirmation page after a form post. */
public final class OrderConfirmationHandler extends ConfirmationPageHandler<StoredOrder> {
    /** Used by AWS Lambda: configuration from the process environment. */
    public OrderConfirmationHandler() {
        this(System.getenv());
    }

    /** Used by the local runner, which runs handlers in-process with their environment as a map. */
    public OrderConfirmationHandler(Map<String, String> environment) {
        this(environment, Clock.systemUTC());
    }

    public OrderConfirmationHandler(Map<String, String> environment, Clock clock) {
        this(OrderComponents.fromEnvironment(environment, clock));
    }

    OrderConfirmationHandler(OrderComponents components) {
        super(
                components.feature().confirmations(),
                components.feature().store()::find,
                components.pages()::confirmation,
                components.pages()::notFound);
    }
}
