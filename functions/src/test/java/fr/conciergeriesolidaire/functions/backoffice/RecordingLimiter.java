package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rate limit in memory that records what it was asked (action, whom), and refuses past {@code limit} per key. The
 * limit itself is tested against dynalite (BackOfficeIT); here, what the service asks of it.
 */
final class RecordingLimiter implements RateLimiter {
    private final int limit;
    private final Map<String, Integer> counts = new HashMap<>();
    final List<String> calls = new ArrayList<>();

    RecordingLimiter(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void acquire(String action, String client, String submission, Instant now) {
        calls.add(action);
        String key = action + "#" + client;
        int count = counts.merge(key, 1, Integer::sum);
        if (count > limit) {
            throw new TooManyRequestsException(Duration.ofMinutes(42), SignInService.REFUSAL);
        }
    }
}
