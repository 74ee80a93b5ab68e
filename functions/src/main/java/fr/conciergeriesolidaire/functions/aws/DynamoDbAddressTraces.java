package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.functions.forms.ConfirmationLimit;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.privacy.AddressTraces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rate-limit counters keyed by a person's address (RATE_LIMITS_TABLE): the confirmations one address received
 * today (every form's {@link ConfirmationLimit}) and the "Mes données" links asked for it. A counter lives two windows
 * at most ({@link DynamoDbRateLimiter}): the current window's and the previous one's are deleted.
 */
public final class DynamoDbAddressTraces implements AddressTraces {
    /** An action counted per address, and its window. */
    public record AddressLimit(String action, Duration window) {}

    private final AwsClients clients;
    private final String table;
    private final KeyedHash hash;
    private final List<AddressLimit> limits;

    public DynamoDbAddressTraces(AwsClients clients, String table, KeyedHash hash, List<AddressLimit> limits) {
        this.clients = clients;
        this.table = table;
        this.hash = hash;
        this.limits = List.copyOf(limits);
    }

    /** Every form's confirmations, and the other limits given. */
    public static DynamoDbAddressTraces of(
            Environment environment, AwsClients clients, KeyedHash hash, List<AddressLimit> others) {
        List<AddressLimit> limits = new ArrayList<>(others);
        limits.add(new AddressLimit(ConfirmationLimit.ACTION, ConfirmationLimit.WINDOW));
        return new DynamoDbAddressTraces(clients, environment.required("RATE_LIMITS_TABLE"), hash, limits);
    }

    @Override
    public void forget(String email, Instant now) {
        String addressee = ConfirmationLimit.addressee(email);
        for (AddressLimit limit : limits) {
            long current = DynamoDbRateLimiter.windowStart(limit.window(), now);
            for (long start : new long[] {current, current - limit.window().toSeconds()}) {
                String key = DynamoDbRateLimiter.key(hash, limit.action(), addressee, start);
                DynamoDbCalls.call(() -> clients.dynamoDb()
                        .deleteItem(delete ->
                                delete.tableName(table).key(Map.of(DynamoDbRateLimiter.KEY, Attributes.s(key)))));
            }
        }
    }
}
