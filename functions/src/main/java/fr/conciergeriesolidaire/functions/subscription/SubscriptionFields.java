package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.forms.CommonFields;

/**
 * Names of the sign-up form's own fields (the same in JSON and in the HTML form, each the id of its control on
 * the page); the fields every form has are in {@link CommonFields}. Their labels are the wording's
 * {@code signup.<field>} ({@code FieldLabels}).
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

    private SubscriptionFields() {}
}
