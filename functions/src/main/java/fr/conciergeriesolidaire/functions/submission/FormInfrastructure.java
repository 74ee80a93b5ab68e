package fr.conciergeriesolidaire.functions.submission;

import fr.conciergeriesolidaire.functions.antispam.RateLimiter;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.mail.Mailer;
import fr.conciergeriesolidaire.functions.notification.OutboxTable;
import fr.conciergeriesolidaire.functions.security.KeyedHash;

/**
 * What every form feature needs from outside the JVM besides its own store: built on AWS in production
 * ({@code config.AwsFormInfrastructure}), held in memory by handler tests.
 */
public interface FormInfrastructure {
    KeyedHash hash();

    RateLimiter rateLimiter();

    /** Who is submitting, as the rate limit must see it (the visitor's address behind CloudFront). */
    ClientAddress clientAddress();

    /** The e-mails to send, kept on the feature's records. */
    OutboxTable outbox();

    Mailer mailer();
}
