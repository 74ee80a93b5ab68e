package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.outbox.Sweeper;
import fr.conciergeriesolidaire.functions.outbox.SweeperHandler;

/** Every few minutes (schedule in template.yaml): re-sends the orders' e-mails that are still due. */
public final class OrderSweeperHandler extends SweeperHandler {
    /** What Lambda calls: the feature built from the function's environment. */
    public OrderSweeperHandler() {
        this(OrderWiring.fromEnvironment().sweeper());
    }

    /** What tests call. */
    public OrderSweeperHandler(Sweeper sweeper) {
        super(sweeper);
    }
}
