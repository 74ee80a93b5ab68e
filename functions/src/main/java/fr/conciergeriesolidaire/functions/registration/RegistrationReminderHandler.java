package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

/** Every hour (template.yaml): the reminders of the day before that are due, each sent once ({@link Reminders}). */
public final class RegistrationReminderHandler implements RequestHandler<ScheduledEvent, String> {
    private final Reminders reminders;

    /** What Lambda calls: the feature built from the function's environment. */
    public RegistrationReminderHandler() {
        this(RegistrationWiring.fromEnvironment().reminders());
    }

    /** What tests call. */
    RegistrationReminderHandler(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        return "reminders=" + reminders.sendDue();
    }
}
