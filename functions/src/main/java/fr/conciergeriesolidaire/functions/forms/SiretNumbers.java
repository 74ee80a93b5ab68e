package fr.conciergeriesolidaire.functions.forms;

import java.util.regex.Pattern;

/**
 * SIRET numbers (an establishment's number: the company's 9-digit SIREN then a 5-digit NIC) as people type them,
 * with spaces or not ("732 829 320 00074"). The 14 digits carry a Luhn check digit, except for La Poste (SIREN
 * 356 000 000), whose many establishments are numbered so that the sum of the 14 digits is a multiple of 5 (its
 * head office, 356 000 000 00048, follows Luhn: either rule is accepted for that SIREN).
 */
public final class SiretNumbers {
    static final String LA_POSTE_SIREN = "356000000";
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("[0-9]{14}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]*");

    private SiretNumbers() {}

    /** The 14 digits without spaces, or the message saying what is wrong. */
    public static Checked check(String typed) {
        if (typed.length() > 40) {
            return Checked.error("signup.siret.length");
        }
        String digits = SPACES.matcher(typed).replaceAll("");
        if (!DIGITS.matcher(digits).matches()) {
            return Checked.error("signup.siret.digits");
        }
        if (!FOURTEEN_DIGITS.matcher(digits).matches()) {
            return Checked.error("signup.siret.count", digits.length());
        }
        if (digits.chars().allMatch(c -> c == '0') || !hasValidKey(digits)) {
            return Checked.error("signup.siret.key");
        }
        return Checked.value(digits);
    }

    /** "732 829 320 00074": SIREN in groups of three, then the NIC, as INSEE prints it. */
    public static String display(String siret) {
        return siret.substring(0, 3) + "\u00a0" + siret.substring(3, 6) + "\u00a0" + siret.substring(6, 9) + "\u00a0"
                + siret.substring(9);
    }

    private static boolean hasValidKey(String digits) {
        if (luhn(digits)) {
            return true;
        }
        return digits.startsWith(LA_POSTE_SIREN)
                && digits.chars().map(c -> c - '0').sum() % 5 == 0;
    }

    /** From the right, every second digit is doubled (minus 9 past 9); the sum must be a multiple of 10. */
    private static boolean luhn(String digits) {
        int sum = 0;
        for (int index = 0; index < digits.length(); index++) {
            int digit = digits.charAt(digits.length() - 1 - index) - '0';
            if (index % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
