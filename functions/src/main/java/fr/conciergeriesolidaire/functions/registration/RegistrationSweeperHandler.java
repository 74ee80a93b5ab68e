package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

/**
 * Every five minutes (template.yaml): follows the events the team changed, completes the registrations left pending,
 * gives back the places of cancelled ones, and sends the e-mails still due.
 */
public final class RegistrationSweeperHandler implements RequestHandler<ScheduledEvent, String> {
    private final RegistrationUpkeep upkeep;

    /** What Lambda calls: the feature built from the function's environment. */
    public RegistrationSweeperHandler() {
        this(RegistrationWiring.fromEnvironment().upkeep());
    }

    /** What tests call. */
    RegistrationSweeperHandler(RegistrationUpkeep upkeep) {
        this.upkeep = upkeep;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        var outcome = upkeep.sweep();
        return "sent=" + outcome.sent() + " retrying=" + outcome.retrying() + " givenUp=" + outcome.givenUp();
    }
}
