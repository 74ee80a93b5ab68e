package fr.conciergeriesolidaire.functions.forms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * French postcodes: five digits, the first two a department (01 to 95, 97 and 98 overseas; Corsica kept 20).
 * Spaces people type inside ("51 100") are removed.
 */
public final class FrenchPostcodes {
    private static final Pattern POSTCODE = Pattern.compile("(0[1-9]|[1-8][0-9]|9[0-578])[0-9]{3}");

    private FrenchPostcodes() {}

    public static Optional<String> normalise(String typed) {
        String compact = typed.replaceAll("[\\s\\u00a0\\u202f]", "");
        return POSTCODE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
