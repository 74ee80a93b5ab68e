package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.functions.forms.SiretNumbers;
import java.util.Locale;

/** SIRET numbers the API accepts (their check digit is right), one per number given. */
final class Sirets {
    private Sirets() {}

    static String valid(int number) {
        String body = "8" + String.format(Locale.ROOT, "%012d", number);
        for (int check = 0; check <= 9; check++) {
            if (SiretNumbers.check(body + check).error().isEmpty()) {
                return body + check;
            }
        }
        throw new IllegalStateException("No check digit makes a SIRET of " + body);
    }
}
