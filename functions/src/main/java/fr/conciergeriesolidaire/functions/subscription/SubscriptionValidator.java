package fr.conciergeriesolidaire.functions.subscription;

import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.COMPANY;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.COMPANY_CITY;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.COMPANY_POSTCODE;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.COMPANY_STREET;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.EMPLOYEES;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.MESSAGE;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.ROLE;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.SIRET;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.SITE_ADDRESS;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.SITE_CITY;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.SITE_POSTCODE;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.SITE_STREET;
import static fr.conciergeriesolidaire.functions.subscription.SubscriptionFields.START_DATE;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.CompanyOffer;
import fr.conciergeriesolidaire.catalog.Policies.SubscriptionRules;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.forms.Checked;
import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import fr.conciergeriesolidaire.functions.forms.DateField;
import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.FrenchPostcodes;
import fr.conciergeriesolidaire.functions.forms.SiretNumbers;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Validates every field of a company sign-up at the edge and builds the {@link SubscriptionRequest} with the quote
 * computed from offer.yaml (any price the browser sends is never read), or reports all errors.
 */
final class SubscriptionValidator {
    static final int COMPANY_MAX_LENGTH = 120;
    static final int STREET_MAX_LENGTH = 120;
    static final int CITY_MAX_LENGTH = 60;
    static final int ROLE_MAX_LENGTH = 80;
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

    private final CompanyOffer offer;
    private final SubscriptionRules rules;
    private final ZoneId zone;
    private final DateField startDate;

    SubscriptionValidator(SiteData data) {
        this.offer = data.offer().company();
        this.rules = data.policies().subscriptions();
        this.zone = ZoneId.of(data.organisation().site().timeZone());
        this.startDate = new DateField(START_DATE, "signup.startDate.missing");
    }

    SubscriptionRequest validate(SubmittedFields fields, Instant now) {
        FormReader form = new FormReader(fields);
        Optional<String> company = form.required(COMPANY, line(COMPANY_MAX_LENGTH));
        Optional<String> siret = form.required(SIRET, SiretNumbers::check);
        Optional<Address> companyAddress = address(form, COMPANY_STREET, COMPANY_POSTCODE, COMPANY_CITY);
        Optional<Integer> employees = SignUpHeadcount.read(form, EMPLOYEES, offer);
        Optional<Optional<Address>> otherSite = otherSite(form);
        LocalDate today = LocalDate.ofInstant(now, zone);
        Optional<LocalDate> start =
                startDate.read(form.text(START_DATE), today, today.plus(rules.maxStartAdvance()), form.errors());
        Optional<ContactDetails> contact = form.contact();
        Optional<String> role = form.required(ROLE, line(ROLE_MAX_LENGTH));
        Optional<String> message = form.optional(MESSAGE, text -> Texts.multiLine(text, rules.messageMaxLength()));
        form.consent("signup.consent.missing");
        Optional<String> clientKey = form.clientKey();
        form.errors().throwIfAny();
        return new SubscriptionRequest(
                company.orElseThrow(),
                siret.orElseThrow(),
                companyAddress.orElseThrow(),
                employees.orElseThrow(),
                otherSite.orElseThrow(),
                start.orElseThrow(),
                contact.orElseThrow(),
                role.orElseThrow(),
                message,
                offer.quote(employees.orElseThrow()),
                clientKey);
    }

    /** Empty when the site is the company's address; an error is reported in the form's errors. */
    private static Optional<Optional<Address>> otherSite(FormReader form) {
        Optional<String> choice = form.text(SITE_ADDRESS).map(String::strip);
        if (choice.isPresent() && choice.get().equals(SubscriptionFields.SAME_SITE)) {
            // The site fields may hold leftovers typed before choosing "same": they are not read.
            return Optional.of(Optional.empty());
        }
        if (choice.isPresent() && choice.get().equals(SubscriptionFields.OTHER_SITE)) {
            return address(form, SITE_STREET, SITE_POSTCODE, SITE_CITY).map(Optional::of);
        }
        if (!form.errors().has(SITE_ADDRESS)) {
            form.errors().add(SITE_ADDRESS, "signup.siteAddress.missing");
        }
        return Optional.empty();
    }

    private static Optional<Address> address(FormReader form, String street, String postcode, String city) {
        Optional<String> streetLine = form.required(street, line(STREET_MAX_LENGTH));
        Optional<String> code = form.required(postcode, FrenchPostcodes::normalise, "error.postcode");
        Optional<String> cityName = form.required(city, line(CITY_MAX_LENGTH));
        if (streetLine.isEmpty() || code.isEmpty() || cityName.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Address(streetLine.get(), code.get(), cityName.get()));
    }

    /**
     * One line of text with at least a letter and no angle brackets: a company name, a street, a city, a job title
     * (what is shown is always escaped; markup in these fields is only ever an attempt at something else).
     */
    private static Function<String, Checked> line(int maxLength) {
        return typed -> {
            Checked line = Texts.singleLine(typed, maxLength);
            if (line.error().isPresent()) {
                return line;
            }
            if (line.value().indexOf('<') >= 0 || line.value().indexOf('>') >= 0) {
                return Checked.error("error.noAngleBrackets");
            }
            return HAS_LETTER.matcher(line.value()).matches() ? line : Checked.error("error.needsLetters");
        };
    }
}
