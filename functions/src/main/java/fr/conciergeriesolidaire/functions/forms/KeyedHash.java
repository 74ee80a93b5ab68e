package fr.conciergeriesolidaire.functions.forms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under the deployment's secret ({@code HASH_SECRET}): client addresses and idempotency keys are
 * stored only as such hashes, which nobody without the secret can recompute or reverse by brute force.
 * Each use names its purpose so the same input never yields the same hash for two uses.
 */
public final class KeyedHash {
    private static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    public KeyedHash(String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("HASH_SECRET must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public byte[] bytes(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA256 is unavailable", impossible);
        }
    }

    public String hex(String purpose, String value) {
        return HexFormat.of().formatHex(bytes(purpose, value));
    }
}
