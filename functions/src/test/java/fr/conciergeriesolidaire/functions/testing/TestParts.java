package fr.conciergeriesolidaire.functions.testing;

import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import java.time.Instant;

/** Parts every handler test builds its service with: a fixed secret, and no rate limit (tested on dynalite). */
public final class TestParts {
    public static final KeyedHash HASH = new KeyedHash("handler-tests-secret-of-32-characters-at-least");

    private TestParts() {}

    /** Lets every submission through: the limit itself is tested against dynalite (*IT). */
    public static RateLimiter noRateLimit() {
        return new RateLimiter() {
            @Override
            public void acquire(String action, String client, String submission, Instant now) {
                // no limit in handler tests
            }
        };
    }
}
