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
import fr.conciergeriesolidaire.functions.aws.VersionedUpdate;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
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
    static final String VERSION = VersionedUpdate.VERSION;
    private static final String HISTORY = VersionedUpdate.HISTORY;
    static final String NOTES = "notes";
    /** The review screen's index: the sign-ups of one status, oldest first. */
    static final String BY_STATUS = "by-status";
    /** DynamoDB TTL attribute (epoch seconds): the item and its personal data are erased after it. */
    static final String EXPIRES_AT = "expiresAt";

    private static final String CREATED_AT = "createdAt";

    private static final String COMPANY = "company";
    private static final String NAME = "name";
    private static final String SIRET = "siret";
    private static final String COMPANY_ADDRESS = "address";
    static final String EMPLOYEES = "employees";
    private static final String OTHER_SITE = "otherSite";
    static final String START_DATE = "startDate";
    /** The company site agreed (a counter's id), once the team sets it; absent before. */
    static final String COUNTER = "counterId";
    /** The contact person (a map holding {@code email}...): the sign-up's personal data, with its notes and message. */
    static final String CONTACT = "contact";
    /** The keyed hash of the contact's address, key of the "Mes données" index ({@link EmailKeys}). */
    static final String EMAIL_HASH = EmailKeys.ATTRIBUTE;

    private static final String ROLE = "role";
    private static final String MESSAGE = "message";
    private static final String QUOTE = "quote";
    private static final String MONTHLY_CENTS = "monthlyCents";
    private static final String MINIMUM_APPLIED = "minimumApplied";
    private static final String COMMITMENT_MONTHS = "commitmentMonths";

    private SubscriptionItemMapper() {}

    /** A new sign-up's attributes (the reference and idempotency attributes are added by the put). */
    static Map<String, AttributeValue> toItem(
            SubscriptionRequest request, String emailHash, Instant now, Instant expiresAt, Instant firstSweep) {
        Map<String, AttributeValue> item =
                new HashMap<>(DynamoDbOutbox.initialAttributes(SubscriptionEmails.RECIPIENTS, now, firstSweep));
        item.put(EMAIL_HASH, s(emailHash));
        item.put(STATUS, s(SignUpStatus.AWAITING_REVIEW.name()));
        item.put(VERSION, n(1));
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
                SignUpStatus.valueOf(Attributes.string(item, STATUS)),
                request,
                Attributes.number(item, VERSION),
                Attributes.list(item, HISTORY).stream()
                        .map(value -> event(value.m()))
                        .toList(),
                Attributes.list(item, NOTES).stream()
                        .map(value -> note(value.m()))
                        .toList(),
                DynamoDbOutbox.read(item),
                DynamoDbOutbox.needsAttention(item),
                Attributes.optionalString(item, COUNTER));
    }

    /** Whether a stored sign-up holds its site (every one but a dropped one), and so blocks another for it. */
    static boolean holdsTheSite(Map<String, AttributeValue> item) {
        return Attributes.optionalString(item, STATUS)
                .map(status -> SignUpStatus.valueOf(status).holdsTheSite())
                .orElse(true);
    }

    /** The terms as agreed, set by {@code update} (a site, once given, is changed but never taken away). */
    static void terms(SignUpTerms terms, VersionedUpdate update) {
        update.set(s(terms.startDate().toString()), START_DATE);
        update.set(n(terms.employees()), EMPLOYEES);
        terms.counterId().ifPresent(counter -> update.set(s(counter), COUNTER));
    }

    static AttributeValue event(SignUpEvent event) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        attributes.put("at", s(Timestamps.format(event.at())));
        attributes.put("by", s(event.by()));
        attributes.put("byName", s(event.byName()));
        attributes.put("what", s(event.what()));
        attributes.put("from", s(event.from()));
        attributes.put("to", s(event.to()));
        event.reason().ifPresent(reason -> attributes.put("reason", s(reason)));
        return m(attributes);
    }

    private static SignUpEvent event(Map<String, AttributeValue> value) {
        String by = Attributes.string(value, "by");
        return new SignUpEvent(
                Timestamps.parse(Attributes.string(value, "at")),
                by,
                // Entries written before names were kept show the member's id.
                Attributes.optionalString(value, "byName").orElse(by),
                Attributes.string(value, "what"),
                Attributes.string(value, "from"),
                Attributes.string(value, "to"),
                Attributes.optionalString(value, "reason"));
    }

    static AttributeValue note(SignUpNote note) {
        return m(Map.of(
                "at", s(Timestamps.format(note.at())),
                "by", s(note.by()),
                "byName", s(note.byName()),
                "text", s(note.text())));
    }

    private static SignUpNote note(Map<String, AttributeValue> value) {
        String by = Attributes.string(value, "by");
        return new SignUpNote(
                Timestamps.parse(Attributes.string(value, "at")),
                by,
                Attributes.optionalString(value, "byName").orElse(by),
                Attributes.string(value, "text"));
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
