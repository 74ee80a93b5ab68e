package fr.conciergeriesolidaire.functions.outbox;

/**
 * The mail service refused the message for good (an address or domain that cannot receive, a suppressed address): a
 * retry would be refused the same way, so the e-mail is given up at once and the team told.
 */
public final class MailRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailRejectedException(Throwable cause) {
        super("Mail rejected: " + cause.getClass().getSimpleName(), cause);
    }
}
