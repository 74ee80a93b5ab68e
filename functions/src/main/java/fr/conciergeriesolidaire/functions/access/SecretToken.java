package fr.conciergeriesolidaire.functions.access;

/**
 * A new secret: {@code value} goes to its holder once (in a link or a cookie), only {@code hash} is stored.
 *
 * @param value 256 random bits, base64url without padding (43 characters)
 * @param hash the keyed hash of the value, the key of the access tokens table
 */
public record SecretToken(String value, String hash) {
    @Override
    public String toString() {
        // Never the value: a record's string may end up in a log.
        return "SecretToken[hash=" + hash + "]";
    }
}
