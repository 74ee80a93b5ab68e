package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.outbox.Notifier;
import java.lang.System.Logger.Level;
import java.util.Collection;

/**
 * Sends at once the e-mails a change just added to other registrations (promoted from the waiting list): a table's
 * stream only sees new registrations. Whatever fails here is in their outbox and in the sweeper's index: it leaves
 * within minutes.
 */
final class PromptDelivery {
    private static final System.Logger LOG = System.getLogger(PromptDelivery.class.getName());

    private final Notifier notifier;

    PromptDelivery(Notifier notifier) {
        this.notifier = notifier;
    }

    void send(Collection<String> references) {
        for (String reference : references) {
            try {
                notifier.deliver(reference);
            } catch (RuntimeException later) {
                LOG.log(
                        Level.WARNING,
                        "E-mails of {0} left to the sweeper: {1}",
                        reference,
                        later.getClass().getSimpleName());
            }
        }
    }
}
