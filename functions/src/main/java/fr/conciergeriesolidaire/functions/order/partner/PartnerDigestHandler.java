package fr.conciergeriesolidaire.functions.order.partner;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.Sweeper;

/**
 * Every five minutes (schedule in template.yaml): makes and sends the partners' digests whose time has come, then
 * sends again those still due (mail service down, a run that died).
 */
public final class PartnerDigestHandler implements RequestHandler<ScheduledEvent, String> {
    private final DigestScheduler scheduler;
    private final Sweeper sweeper;

    /** What Lambda calls: the feature built from the function's environment. */
    public PartnerDigestHandler() {
        this(PartnerWiring.fromEnvironment());
    }

    PartnerDigestHandler(PartnerWiring wiring) {
        this(wiring.digestScheduler(), wiring.digestSweeper());
    }

    PartnerDigestHandler(DigestScheduler scheduler, Sweeper sweeper) {
        this.scheduler = scheduler;
        this.sweeper = sweeper;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        int made = scheduler.run();
        Notifier.Outcome swept = sweeper.sweep();
        return "made=" + made + " sent=" + swept.sent() + " retrying=" + swept.retrying() + " givenUp="
                + swept.givenUp();
    }
}
