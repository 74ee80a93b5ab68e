package fr.conciergeriesolidaire.functions.outbox;

/**
 * A feature table's stream: sends each new record's e-mails right away. A record whose state could not be recorded
 * (storage down...) is reported as a batch item failure so Lambda retries it; e-mails that the mail service
 * refused are already recorded as pending and left to the sweeper's backoff.
 */
public abstract class StreamNotifierHandler extends NewRecordsHandler {
    private final Notifier notifier;

    /** @param keyAttribute the table's partition key, which the stream records carry */
    protected StreamNotifierHandler(Notifier notifier, String keyAttribute) {
        super(keyAttribute);
        this.notifier = notifier;
    }

    @Override
    protected final void handleNew(String key) {
        notifier.deliver(key);
    }
}
