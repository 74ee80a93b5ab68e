package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.functions.forms.ConfirmationLimit;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import java.time.Duration;

/**
 * The forms' limits, counted in the table named by {@code RATE_LIMITS_TABLE} and shared by every function instance:
 * submissions per client, and confirmation e-mails per destination address ({@link ConfirmationLimit}).
 */
public final class RateLimits {
    private final AwsClients clients;
    private final String table;
    private final KeyedHash hash;
    private final int confirmationsPerDay;

    public RateLimits(AwsClients clients, Environment environment, KeyedHash hash) {
        this.clients = clients;
        this.table = environment.required("RATE_LIMITS_TABLE");
        this.hash = hash;
        this.confirmationsPerDay = environment.integer("CONFIRMATION_LIMIT", ConfirmationLimit.PER_DAY);
    }

    /** @param limit submissions of one client per {@code window} */
    public RateLimiter perClient(Duration window, int limit) {
        return limit(window, limit, "answer.throttled");
    }

    /**
     * Any other limit: of whatever the caller counts by (a client, an address...).
     *
     * @param refusalKey what a refused person reads, in the site's wording ({@code {0}}: the time to wait)
     */
    public RateLimiter limit(Duration window, int limit, String refusalKey) {
        return new DynamoDbRateLimiter(clients.dynamoDb(), table, hash, window, limit, refusalKey);
    }

    public RateLimiter confirmations() {
        return new DynamoDbRateLimiter(
                clients.dynamoDb(),
                table,
                hash,
                ConfirmationLimit.WINDOW,
                confirmationsPerDay,
                ConfirmationLimit.REFUSAL);
    }
}
