package fr.conciergeriesolidaire.functions.forms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Derives the idempotency key of a submission. With JavaScript the page sends a random UUID per form display;
 * without it the key comes from the normalised content, so a double click on a plain form is still one record.
 */
public final class IdempotencyKeys {
    private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final KeyedHash hash;

    public IdempotencyKeys(KeyedHash hash) {
        this.hash = hash;
    }

    public static boolean isWellFormed(String clientKey) {
        return CLIENT_KEY.matcher(clientKey).matches();
    }

    /**
     * @param kind what is submitted ("order"...), so equal content of two kinds never collides
     * @param clientKey the well-formed key sent by the page, if any
     * @param canonicalContent the validated, normalised content, written the same way for equal submissions
     */
    public IdempotencyKey of(String kind, Optional<String> clientKey, String canonicalContent) {
        String fingerprint = hash.hex(kind + ":content", canonicalContent);
        String value = clientKey.map(key -> hash.hex(kind + ":client-key", key)).orElse(fingerprint);
        return new IdempotencyKey(value, fingerprint);
    }

    /**
     * What may have only one blocking record (a company's site with a sign-up awaiting review), as a keyed hash: the
     * stores key a row of references on it without holding the secret or the thing itself.
     */
    public String thing(String thing) {
        return hash.hex("exclusive-thing", thing);
    }
}
