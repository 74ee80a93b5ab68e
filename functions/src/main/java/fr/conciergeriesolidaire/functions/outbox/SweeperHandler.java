package fr.conciergeriesolidaire.functions.outbox;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

/** Every few minutes (schedule in template.yaml): re-sends a feature's e-mails that are still due. */
public abstract class SweeperHandler implements RequestHandler<ScheduledEvent, String> {
    private final Sweeper sweeper;

    protected SweeperHandler(Sweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Override
    public final String handleRequest(ScheduledEvent event, Context context) {
        var outcome = sweeper.sweep();
        return "sent=" + outcome.sent() + " retrying=" + outcome.retrying() + " givenUp=" + outcome.givenUp();
    }
}
