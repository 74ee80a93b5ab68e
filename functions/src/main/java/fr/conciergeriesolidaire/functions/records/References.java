package fr.conciergeriesolidaire.functions.records;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Human-friendly references such as {@code K7QM-3XPA}: 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), easy to read on the phone (31^8, about 8.5 x 10^11 values).
 *
 * <p>Candidates are derived from a seed, not drawn at random: concurrent replays of one submission try the same
 * candidates in the same order, so they meet on the same item; a collision with another submission's reference moves
 * on to the next candidate (uniqueness comes from the conditional put). The seeds are keyed hashes already (of an
 * idempotency key, of a company's site), so nobody without the deployment's secret can predict a reference.
 */
public final class References {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final BigInteger SPACE =
            BigInteger.valueOf(ALPHABET.length()).pow(LENGTH);
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    private References() {}

    /** The {@code attempt}-th candidate for a seed (a keyed hash). */
    public static String candidate(String seed, int attempt) {
        BigInteger number = new BigInteger(1, sha256(seed + "#" + attempt)).mod(SPACE);
        StringBuilder reference = new StringBuilder(LENGTH + 1);
        BigInteger base = BigInteger.valueOf(ALPHABET.length());
        for (int index = 0; index < LENGTH; index++) {
            BigInteger[] division = number.divideAndRemainder(base);
            reference.append(ALPHABET.charAt(division[1].intValue()));
            number = division[0];
            if (index == 3) {
                reference.append('-');
            }
        }
        return reference.toString();
    }

    /** A reference as a person may type it (lower case, spaces), or empty if it cannot be one. */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 20) {
            return Optional.empty();
        }
        String upper = typed.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (upper.length() == LENGTH) {
            upper = upper.substring(0, 4) + "-" + upper.substring(4);
        }
        return FORMAT.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is unavailable", impossible);
        }
    }
}
