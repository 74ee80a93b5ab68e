package fr.conciergeriesolidaire.functions.config;

import fr.conciergeriesolidaire.functions.antispam.RateLimiter;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.mail.Mailer;
import fr.conciergeriesolidaire.functions.notification.OutboxTable;
import fr.conciergeriesolidaire.functions.security.KeyedHash;
import fr.conciergeriesolidaire.functions.submission.FormInfrastructure;

/** A form feature's shared infrastructure on AWS: its table's outbox, its rate limit, the hash and the mailer. */
final class AwsFormInfrastructure implements FormInfrastructure {
    private final AwsParts parts;
    private final AwsTable table;
    private RateLimiter rateLimiter;
    private OutboxTable outbox;

    AwsFormInfrastructure(AwsParts parts, AwsTable table) {
        this.parts = parts;
        this.table = table;
    }

    @Override
    public KeyedHash hash() {
        return parts.hash();
    }

    @Override
    public synchronized RateLimiter rateLimiter() {
        if (rateLimiter == null) {
            rateLimiter = parts.rateLimiter(table);
        }
        return rateLimiter;
    }

    @Override
    public ClientAddress clientAddress() {
        return parts.clientAddress();
    }

    @Override
    public synchronized OutboxTable outbox() {
        if (outbox == null) {
            outbox = new OutboxTable(parts.dynamoDb(), parts.table(table), table.keyAttribute());
        }
        return outbox;
    }

    @Override
    public Mailer mailer() {
        return parts.mailer();
    }
}
