package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.outbox.Sweeper;
import fr.conciergeriesolidaire.functions.outbox.SweeperHandler;

/** Every few minutes (schedule in template.yaml): re-sends the sign-ups' e-mails that are still due. */
public final class SubscriptionSweeperHandler extends SweeperHandler {
    /** What Lambda calls: the feature built from the function's environment. */
    public SubscriptionSweeperHandler() {
        this(SubscriptionWiring.fromEnvironment().sweeper());
    }

    /** What tests call. */
    public SubscriptionSweeperHandler(Sweeper sweeper) {
        super(sweeper);
    }
}
