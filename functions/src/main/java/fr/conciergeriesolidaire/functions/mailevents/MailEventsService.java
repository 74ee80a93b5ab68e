package fr.conciergeriesolidaire.functions.mailevents;

import fr.conciergeriesolidaire.functions.outbox.Outbox;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * Records on each record what the mail service said of its e-mails after accepting them (bounces, complaints), so
 * that the team sees which person was not reached and reaches them another way.
 */
public final class MailEventsService {
    private static final System.Logger LOG = System.getLogger(MailEventsService.class.getName());

    private final Map<String, Outbox> outboxes;

    /** @param outboxes each feature's outbox, by the name its e-mails are tagged with ({@code order}...) */
    public MailEventsService(Map<String, Outbox> outboxes) {
        this.outboxes = Map.copyOf(outboxes);
    }

    /** @return whether the event was recorded on a record */
    public boolean record(MailEvent event) {
        Outbox outbox = outboxes.get(event.feature());
        boolean recorded =
                outbox != null && outbox.recordUndelivered(event.record(), event.recipient(), event.kind(), event.at());
        // The record's key and the e-mail's role only: never an address.
        LOG.log(
                recorded ? Level.WARNING : Level.INFO,
                "{0} of e-mail {1} of {2} {3} {4}",
                event.kind(),
                event.recipient(),
                event.feature(),
                event.record(),
                recorded ? "recorded" : "for no known record");
        return recorded;
    }
}
