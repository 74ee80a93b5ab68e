package fr.conciergeriesolidaire.functions.config;

import fr.conciergeriesolidaire.functions.antispam.RateLimiter;
import fr.conciergeriesolidaire.functions.mail.Mailer;
import fr.conciergeriesolidaire.functions.notification.OutboxTable;
import fr.conciergeriesolidaire.functions.security.KeyedHash;
import fr.conciergeriesolidaire.functions.submission.FormInfrastructure;

/** A form feature's shared infrastructure on AWS: its table's outbox, its rate limit, the hash and the mailer. */
public final class AwsFormInfrastructure implements FormInfrastructure {
    private final AwsParts parts;
    private final String tableVariable;
    private final String keyAttribute;
    private final String rateLimitVariable;
    private final int defaultRateLimit;
    private RateLimiter rateLimiter;
    private OutboxTable outbox;

    /**
     * @param tableVariable the variable naming the feature's table, whose records carry their e-mails' states
     * @param keyAttribute that table's partition key
     * @param rateLimitVariable the variable that may override {@code defaultRateLimit} (submissions per window)
     */
    public AwsFormInfrastructure(
            AwsParts parts, String tableVariable, String keyAttribute, String rateLimitVariable, int defaultRateLimit) {
        this.parts = parts;
        this.tableVariable = tableVariable;
        this.keyAttribute = keyAttribute;
        this.rateLimitVariable = rateLimitVariable;
        this.defaultRateLimit = defaultRateLimit;
    }

    @Override
    public KeyedHash hash() {
        return parts.hash();
    }

    @Override
    public synchronized RateLimiter rateLimiter() {
        if (rateLimiter == null) {
            rateLimiter = parts.rateLimiter(rateLimitVariable, defaultRateLimit);
        }
        return rateLimiter;
    }

    @Override
    public synchronized OutboxTable outbox() {
        if (outbox == null) {
            outbox = new OutboxTable(parts.dynamoDb(), parts.table(tableVariable), keyAttribute);
        }
        return outbox;
    }

    @Override
    public Mailer mailer() {
        return parts.mailer();
    }
}
