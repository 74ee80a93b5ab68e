package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.outbox.Sweeper;
import fr.conciergeriesolidaire.functions.outbox.SweeperHandler;

/** Every few minutes (schedule in template.yaml): sends the team's replies to residents that are still due. */
public final class ProposalSweeperHandler extends SweeperHandler {
    /** What Lambda calls: the feature built from the function's environment. */
    public ProposalSweeperHandler() {
        this(ProposalsWiring.fromEnvironment().sweeper());
    }

    /** What tests call. */
    public ProposalSweeperHandler(Sweeper sweeper) {
        super(sweeper);
    }
}
