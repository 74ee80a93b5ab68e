package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.StreamNotifierHandler;

/** The orders table's stream: sends each new order's e-mails (customer, team, each partner) right away. */
public final class OrderNotifierHandler extends StreamNotifierHandler {
    /** What Lambda calls: the feature built from the function's environment. */
    public OrderNotifierHandler() {
        this(OrderWiring.fromEnvironment().notifier());
    }

    /** What tests call. */
    public OrderNotifierHandler(Notifier notifier) {
        super(notifier, OrderItemMapper.REFERENCE);
    }
}
