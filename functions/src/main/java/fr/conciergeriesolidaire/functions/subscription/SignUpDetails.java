package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.SiretNumbers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sign-up's details as the team reads them, label by label, the same in the team's e-mail and on the sign-up's page
 * in the back-office: the company and its site, then the person to contact.
 */
public final class SignUpDetails {
    private SignUpDetails() {}

    /** Reference, company, SIRET, addresses, headcount and start date (as last agreed). */
    public static Map<String, String> company(StoredSubscription signUp, Wording wording) {
        SubscriptionRequest request = signUp.request();
        Map<String, String> details = new LinkedHashMap<>();
        details.put(wording.get("mail.reference"), signUp.reference());
        details.put(wording.get("mail.company"), request.companyName());
        details.put(wording.get("mail.siret"), SiretNumbers.display(request.siret()));
        details.put(wording.get("mail.companyAddress"), request.companyAddress().oneLine());
        details.put(
                wording.get("mail.site"),
                request.otherSite().map(Address::oneLine).orElse(wording.get("mail.site.same")));
        details.put(wording.get("mail.employees"), FrenchFormat.count(request.employees()));
        details.put(wording.get("mail.startDate"), FrenchFormat.date(request.startDate()));
        return details;
    }

    /** Who to call: name, job, phone, address, and their message if they wrote one. */
    public static Map<String, String> contact(SubscriptionRequest request, Wording wording) {
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put(wording.get("form.firstName"), request.contact().firstName());
        contact.put(wording.get("form.lastName"), request.contact().lastName());
        contact.put(wording.get("signup.role"), request.role());
        contact.put(wording.get("form.phone"), request.contact().phone());
        contact.put(wording.get("form.email"), request.contact().email());
        request.message().ifPresent(message -> contact.put(wording.get("signup.message"), message));
        return contact;
    }
}
