package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.antispam.RateLimiter;
import fr.conciergeriesolidaire.functions.mail.Mailer;
import fr.conciergeriesolidaire.functions.notification.OutboxTable;
import fr.conciergeriesolidaire.functions.security.KeyedHash;

/** What orders need from outside the JVM; built on AWS in production ({@link AwsOrderInfrastructure}). */
interface OrderInfrastructure {
    KeyedHash hash();

    OrderStore orders();

    RateLimiter rateLimiter();

    OutboxTable outbox();

    Mailer mailer();
}
