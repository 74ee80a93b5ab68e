package fr.conciergeriesolidaire.functions.forms;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail addresses we are willing to send to: the common "dot-atom" form (no quoted local parts, no
 * comments, no IP literals), with an internationalised domain converted to ASCII. Anything that could
 * break a mail header (spaces, CR/LF, commas, angle brackets) is refused by construction.
 */
public final class EmailAddresses {
    private static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private EmailAddresses() {}

    public static Optional<String> normalise(String typed) {
        String value = typed.strip();
        int at = value.lastIndexOf('@');
        if (value.length() > MAX_LENGTH || at <= 0 || at > 64 || at == value.length() - 1) {
            return Optional.empty();
        }
        String local = value.substring(0, at);
        if (!LOCAL.matcher(local).matches()) {
            return Optional.empty();
        }
        String domain;
        try {
            domain = ascii(value.substring(at + 1)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        String address = local + "@" + domain;
        return address.length() <= MAX_LENGTH ? Optional.of(address) : Optional.empty();
    }

    /**
     * The one form of an address that names a mailbox, whatever was typed: NFC, then {@link #normalise}, then lower
     * case (providers treat the local part case-insensitively). What keys a person's records and a member's address.
     */
    public static Optional<String> canonical(String typed) {
        // ASCII is its own NFC form: most addresses never load the normaliser's tables (cold start).
        String composed =
                typed.chars().allMatch(c -> c < 0x80) ? typed : Normalizer.normalize(typed, Normalizer.Form.NFC);
        return normalise(composed).map(address -> address.toLowerCase(Locale.ROOT));
    }

    /**
     * The domain in ASCII (punycode). An ASCII domain is kept as typed, the label checks holding it to the same
     * rules: java.net.IDN loads its tables when first used, about 10 ms of every cold start otherwise.
     */
    private static String ascii(String domain) {
        return domain.chars().allMatch(c -> c < 0x80) ? domain : IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
    }
}
