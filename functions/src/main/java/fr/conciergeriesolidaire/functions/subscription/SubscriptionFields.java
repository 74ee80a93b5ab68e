package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.forms.CommonFields;
import java.util.Map;
import java.util.function.Function;

/**
 * Names of the sign-up form's own fields (the same in JSON and in the HTML form, each the id of its control on
 * the page) and their French labels; the fields every form has are in {@link CommonFields}.
 */
final class SubscriptionFields {
    static final String COMPANY = "company";
    static final String SIRET = "siret";
    static final String COMPANY_STREET = "companyStreet";
    static final String COMPANY_POSTCODE = "companyPostcode";
    static final String COMPANY_CITY = "companyCity";
    static final String EMPLOYEES = "employees";
    /** {@value #SAME_SITE} (the company's address) or {@value #OTHER_SITE} (the site fields below). */
    static final String SITE_ADDRESS = "siteAddress";

    static final String SAME_SITE = "same";
    static final String OTHER_SITE = "other";
    static final String SITE_STREET = "siteStreet";
    static final String SITE_POSTCODE = "sitePostcode";
    static final String SITE_CITY = "siteCity";
    static final String START_DATE = "startDate";
    static final String ROLE = "role";
    static final String MESSAGE = "message";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(COMPANY, "Raison sociale"),
            Map.entry(SIRET, "Numéro SIRET"),
            Map.entry(COMPANY_STREET, "Adresse de l'entreprise"),
            Map.entry(COMPANY_POSTCODE, "Code postal de l'entreprise"),
            Map.entry(COMPANY_CITY, "Commune de l'entreprise"),
            Map.entry(EMPLOYEES, "Nombre de salariés sur le site"),
            Map.entry(SITE_ADDRESS, "Adresse du site"),
            Map.entry(SITE_STREET, "Adresse du site"),
            Map.entry(SITE_POSTCODE, "Code postal du site"),
            Map.entry(SITE_CITY, "Commune du site"),
            Map.entry(START_DATE, "Date de démarrage souhaitée"),
            Map.entry(ROLE, "Fonction"),
            Map.entry(MESSAGE, "Message"));

    private SubscriptionFields() {}

    /** The label shown before an error in an HTML answer. */
    static Function<String, String> labels() {
        return CommonFields.labels(LABELS::get);
    }
}
