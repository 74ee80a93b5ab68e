package fr.conciergeriesolidaire.functions.access;

import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes and recognises the secret tokens of links and sessions: 256 bits from {@link SecureRandom}, given out in
 * base64url, stored only as their keyed hash ({@code HASH_SECRET}), so that the table alone opens nothing. A
 * presented value that cannot be one of ours costs no hash and no storage call.
 */
public final class SecretTokens {
    private static final int BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String PURPOSE = "access-token";
    /** SecureRandom is reseeded by Lambda when it restores a SnapStart snapshot: tokens never repeat across copies. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyedHash hash;

    public SecretTokens(KeyedHash hash) {
        this.hash = hash;
    }

    public SecretToken create() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new SecretToken(value, hash.hex(PURPOSE, value));
    }

    /**
     * A token computed, not drawn: the keyed hash of {@code seed} for {@code purpose}, 256 bits that nobody without
     * the deployment's secret can compute, and the same every time for the same seed. For a link that a retried
     * sender must give out again identically (a partner's, in each copy of its e-mail) without storing its value.
     */
    public SecretToken derived(String purpose, String seed) {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(hash.bytes(purpose, seed));
        return new SecretToken(value, hash.hex(PURPOSE, value));
    }

    /** The stored key of a presented token, or empty when it cannot be a token (wrong length or characters). */
    public Optional<String> hashOf(String presented) {
        return presented != null && WELL_FORMED.matcher(presented).matches()
                ? Optional.of(hash.hex(PURPOSE, presented))
                : Optional.empty();
    }

    /** A random value of the same shape, never stored: the CSRF token of a session. */
    public String randomValue() {
        return create().value();
    }
}
