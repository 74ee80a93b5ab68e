package fr.conciergeriesolidaire.functions.outbox;

/** The mail service did not accept the message (down, throttled, refused); the send may be retried. */
public final class MailUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailUnavailableException(Throwable cause) {
        super("Mail service unavailable: " + cause.getClass().getSimpleName(), cause);
    }
}
