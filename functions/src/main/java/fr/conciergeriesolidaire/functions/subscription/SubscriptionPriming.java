package fr.conciergeriesolidaire.functions.subscription;

import static fr.conciergeriesolidaire.functions.forms.CommonFields.EMAIL;
import static fr.conciergeriesolidaire.functions.forms.CommonFields.FIRST_NAME;
import static fr.conciergeriesolidaire.functions.forms.CommonFields.IDEMPOTENCY_KEY;
import static fr.conciergeriesolidaire.functions.forms.CommonFields.LAST_NAME;
import static fr.conciergeriesolidaire.functions.forms.CommonFields.PHONE;

import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.snapstart.PrimingSubmission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The sign-up form filled in as a company would, to prime the function: see PrimingSubmission. */
final class SubscriptionPriming {
    private SubscriptionPriming() {}

    static PrimingSubmission submission(Clock clock) {
        Map<String, String> fields = new HashMap<>(Map.ofEntries(
                Map.entry(SubscriptionFields.COMPANY, "Imprimerie Rémoise"),
                Map.entry(SubscriptionFields.SIRET, "732 829 320 00074"),
                Map.entry(SubscriptionFields.COMPANY_STREET, "12 rue de la Paix"),
                Map.entry(SubscriptionFields.COMPANY_POSTCODE, "51100"),
                Map.entry(SubscriptionFields.COMPANY_CITY, "Reims"),
                Map.entry(SubscriptionFields.SITE_ADDRESS, SubscriptionFields.SAME_SITE),
                Map.entry(
                        SubscriptionFields.START_DATE,
                        LocalDate.now(clock).plusMonths(1).toString()),
                Map.entry(FIRST_NAME, "Camille"),
                Map.entry(LAST_NAME, "Martin"),
                Map.entry(SubscriptionFields.ROLE, "Responsable RH"),
                Map.entry(PHONE, "03 53 01 23 45"),
                Map.entry(EMAIL, "priming@example.invalid"),
                Map.entry(SubscriptionFields.MESSAGE, "Un concierge le mardi."),
                Map.entry(SpamGuard.HONEYPOT, "")));
        Map<String, Object> json = new HashMap<>(fields);
        json.put(SubscriptionFields.EMPLOYEES, 120);
        json.put(IDEMPOTENCY_KEY, "snapstart-priming-subscription");
        fields.put(SubscriptionFields.EMPLOYEES, "120");
        return new PrimingSubmission(json, fields);
    }
}
