package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.CompanyQuote;
import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import fr.conciergeriesolidaire.functions.forms.Json;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A valid company sign-up, before it is stored: built only by {@link SubscriptionValidator}, with the quote the
 * server computed from offer.yaml.
 *
 * @param siret the 14 digits, without spaces
 * @param otherSite where the concierge would come, when it is not the company's address
 */
public record SubscriptionRequest(
        String companyName,
        String siret,
        Address companyAddress,
        int employees,
        Optional<Address> otherSite,
        LocalDate startDate,
        ContactDetails contact,
        String role,
        Optional<String> message,
        CompanyQuote quote,
        Optional<String> clientKey) {

    /** Where the concierge would come. */
    public Address site() {
        return otherSite.orElse(companyAddress);
    }

    /**
     * The establishment and its site, written the same way however the address was typed ("12, Rue de la Paix"
     * and "12 rue de la paix"): two sign-ups with the same one are the same request.
     */
    public String establishmentSite() {
        Address site = site();
        return Json.write(List.of(siret, folded(site.street()), site.postcode(), folded(site.city())));
    }

    public String canonical() {
        return Json.write(List.of(
                companyName,
                siret,
                List.of(companyAddress.street(), companyAddress.postcode(), companyAddress.city()),
                employees,
                otherSite
                        .map(site -> List.of(site.street(), site.postcode(), site.city()))
                        .orElse(List.of()),
                startDate.toString(),
                List.of(contact.firstName(), contact.lastName(), contact.phone(), contact.email()),
                role,
                message.orElse("")));
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
