package fr.conciergeriesolidaire.browser.forms;

import java.util.Locale;

/** SIRET numbers that exist as far as their check digit (Luhn) goes, one per number given. */
final class Sirets {
    private Sirets() {}

    static String valid(int number) {
        String body = "8" + String.format(Locale.ROOT, "%012d", number);
        for (int check = 0; check <= 9; check++) {
            if (luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("No Luhn digit for " + body);
    }

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
