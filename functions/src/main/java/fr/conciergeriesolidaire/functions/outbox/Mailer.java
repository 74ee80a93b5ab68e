package fr.conciergeriesolidaire.functions.outbox;

/**
 * Sends e-mail. Implemented with SES; a failure worth retrying is a {@link MailUnavailableException}, a refusal for
 * good a {@link MailRejectedException}.
 */
public interface Mailer {
    /** @return the provider's message id */
    String send(Email email);
}
