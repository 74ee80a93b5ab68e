package fr.conciergeriesolidaire.functions.outbox;

/** Sends e-mail. Implemented with SES; a failure to send is a {@link MailUnavailableException}. */
public interface Mailer {
    /** @return the provider's message id */
    String send(Email email);
}
