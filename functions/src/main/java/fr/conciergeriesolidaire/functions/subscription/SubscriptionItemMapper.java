package fr.conciergeriesolidaire.functions.subscription;

import static fr.conciergeriesolidaire.functions.aws.Attributes.m;
import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.CompanyQuote;
import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.ContactAttributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The one place that knows the attribute names of a sign-up item in the subscriptions table. */
final class SubscriptionItemMapper {
    static final String REFERENCE = "reference";
    static final String STATUS = "status";
    static final String AWAITING_REVIEW = "AWAITING_REVIEW";
    /** DynamoDB TTL attribute (epoch seconds): the item and its personal data are erased after it. */
    static final String EXPIRES_AT = "expiresAt";

    private static final String CREATED_AT = "createdAt";

    private static final String COMPANY = "company";
    private static final String NAME = "name";
    private static final String SIRET = "siret";
    private static final String COMPANY_ADDRESS = "address";
    private static final String EMPLOYEES = "employees";
    private static final String OTHER_SITE = "otherSite";
    private static final String START_DATE = "startDate";
    private static final String CONTACT = "contact";
    private static final String ROLE = "role";
    private static final String MESSAGE = "message";
    private static final String QUOTE = "quote";
    private static final String MONTHLY_CENTS = "monthlyCents";
    private static final String MINIMUM_APPLIED = "minimumApplied";
    private static final String COMMITMENT_MONTHS = "commitmentMonths";

    private SubscriptionItemMapper() {}

    /** A new sign-up's attributes (the reference and idempotency attributes are added by the put). */
    static Map<String, AttributeValue> toItem(
            SubscriptionRequest request, Instant now, Instant expiresAt, Instant firstSweep) {
        Map<String, AttributeValue> item =
                new HashMap<>(DynamoDbOutbox.initialAttributes(SubscriptionEmails.RECIPIENTS, now, firstSweep));
        item.put(STATUS, s(AWAITING_REVIEW));
        item.put(CREATED_AT, s(Timestamps.format(now)));
        item.put(EXPIRES_AT, n(expiresAt.getEpochSecond()));
        item.put(
                COMPANY,
                m(Map.of(
                        NAME, s(request.companyName()),
                        SIRET, s(request.siret()),
                        COMPANY_ADDRESS, address(request.companyAddress()))));
        item.put(EMPLOYEES, n(request.employees()));
        request.otherSite().ifPresent(site -> item.put(OTHER_SITE, address(site)));
        item.put(START_DATE, s(request.startDate().toString()));
        Map<String, AttributeValue> contact = ContactAttributes.of(request.contact());
        contact.put(ROLE, s(request.role()));
        item.put(CONTACT, m(contact));
        request.message().ifPresent(message -> item.put(MESSAGE, s(message)));
        CompanyQuote quote = request.quote();
        item.put(
                QUOTE,
                m(Map.of(
                        MONTHLY_CENTS, n(quote.monthlyCents()),
                        MINIMUM_APPLIED, AttributeValue.fromBool(quote.minimumApplied()),
                        COMMITMENT_MONTHS, n(quote.commitmentMonths()))));
        return item;
    }

    static StoredSubscription fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> company = Attributes.map(item, COMPANY);
        Map<String, AttributeValue> contact = Attributes.map(item, CONTACT);
        Map<String, AttributeValue> quote = Attributes.map(item, QUOTE);
        int employees = (int) Attributes.number(item, EMPLOYEES);
        SubscriptionRequest request = new SubscriptionRequest(
                Attributes.string(company, NAME),
                Attributes.string(company, SIRET),
                address(Attributes.map(company, COMPANY_ADDRESS)),
                employees,
                item.containsKey(OTHER_SITE)
                        ? Optional.of(address(Attributes.map(item, OTHER_SITE)))
                        : Optional.empty(),
                LocalDate.parse(Attributes.string(item, START_DATE)),
                ContactAttributes.from(contact),
                Attributes.string(contact, ROLE),
                Attributes.optionalString(item, MESSAGE),
                // The quote made when it was received, even if the prices have changed since.
                new CompanyQuote(
                        employees,
                        Attributes.number(quote, MONTHLY_CENTS),
                        Boolean.TRUE.equals(quote.get(MINIMUM_APPLIED).bool()),
                        (int) Attributes.number(quote, COMMITMENT_MONTHS)),
                Optional.empty());
        return new StoredSubscription(
                Attributes.string(item, REFERENCE),
                Timestamps.parse(Attributes.string(item, CREATED_AT)),
                Attributes.string(item, STATUS),
                request,
                DynamoDbOutbox.read(item),
                DynamoDbOutbox.needsAttention(item));
    }

    /** Whether a stored sign-up still awaits the team's review, and so blocks another for its site. */
    static boolean isAwaitingReview(Map<String, AttributeValue> item) {
        return AWAITING_REVIEW.equals(Attributes.optionalString(item, STATUS).orElse(null));
    }

    private static AttributeValue address(Address address) {
        return m(Map.of("street", s(address.street()), "postcode", s(address.postcode()), "city", s(address.city())));
    }

    private static Address address(Map<String, AttributeValue> fields) {
        return new Address(
                Attributes.string(fields, "street"),
                Attributes.string(fields, "postcode"),
                Attributes.string(fields, "city"));
    }
}
