package fr.conciergeriesolidaire.functions.registration;

import static fr.conciergeriesolidaire.functions.aws.Attributes.m;
import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one place that knows the attribute names of a registration item. The person's data is in {@value #CONTACT} and
 * {@value #ACCESS_NEEDS} only ({@link #PERSONAL}: what an erasure removes); {@value #PERSON_KEY} and {@code emailHash}
 * are keyed hashes.
 */
final class RegistrationItemMapper {
    static final String REFERENCE = "reference";
    static final String EVENT = "event";
    /** The registrations of an event, in the order they were made: {@value #EVENT} = slug, {@value #CREATED_AT}. */
    static final String BY_EVENT = "by-event";

    static final String STATUS = "status";
    static final String VERSION = "version";
    static final String CREATED_AT = "createdAt";
    static final String CONFIRMED_AT = "confirmedAt";
    static final String CANCELLED_AT = "cancelledAt";
    static final String JOINED_AT = "joinedAt";
    static final String ATTENDED = "attended";
    static final String ATTENDANCE_BY = "attendanceBy";
    static final String ATTENDANCE_AT = "attendanceAt";
    static final String PERSON_KEY = "personKey";
    static final String PLACES = "places";
    static final String CONTACT = "contact";
    static final String ACCESS_NEEDS = "accessNeeds";
    static final String SITE_ORIGIN = "siteOrigin";
    static final String CANCEL_KEY = "cancelKey";

    /** The attributes holding what the person typed: erased, the registration keeps no personal data in clear. */
    static final List<String> PERSONAL = List.of(CONTACT, ACCESS_NEEDS);

    private static final String FIRST_NAME = "firstName";
    private static final String LAST_NAME = "lastName";
    private static final String EMAIL = "email";
    private static final String PHONE = "phone";

    private RegistrationItemMapper() {}

    /**
     * A new pending registration, in the sweeper's view from {@code sweepAt} on (the sweeper completes it if nothing
     * else does), without e-mails yet.
     */
    static Map<String, AttributeValue> toItem(
            NewRegistration registration, String reference, String cancelKey, Instant now, Instant sweepAt) {
        RegistrationRequest request = registration.request();
        Map<String, AttributeValue> item = new HashMap<>(DynamoDbOutbox.initialAttributes(List.of(), now, sweepAt));
        item.put(REFERENCE, s(reference));
        item.put(EVENT, s(request.event()));
        item.put(PERSON_KEY, s(registration.personKey()));
        item.put(EmailKeys.ATTRIBUTE, s(registration.emailHash()));
        item.put(STATUS, s(RegistrationStatus.PENDING.name()));
        item.put(PLACES, n(request.places()));
        item.put(CONTACT, contact(request.person()));
        request.accessNeeds().ifPresent(needs -> item.put(ACCESS_NEEDS, s(needs)));
        item.put(CREATED_AT, s(Timestamps.format(now)));
        item.put(VERSION, n(1));
        item.put(SITE_ORIGIN, s(registration.siteOrigin()));
        item.put(CANCEL_KEY, s(cancelKey));
        item.put(Expiry.ATTRIBUTE, Expiry.at(registration.expiresAt()));
        return item;
    }

    static Registration fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> contact = Attributes.map(item, CONTACT);
        AttributeValue attended = item.get(ATTENDED);
        return new Registration(
                Attributes.string(item, REFERENCE),
                Attributes.string(item, EVENT),
                Attributes.string(item, PERSON_KEY),
                new Person(
                        Attributes.string(contact, FIRST_NAME),
                        Attributes.string(contact, LAST_NAME),
                        Attributes.string(contact, EMAIL),
                        Attributes.optionalString(contact, PHONE)),
                (int) Attributes.number(item, PLACES),
                Attributes.optionalString(item, ACCESS_NEEDS),
                RegistrationStatus.valueOf(Attributes.string(item, STATUS)),
                item.containsKey(JOINED_AT) ? Optional.of((int) Attributes.number(item, JOINED_AT)) : Optional.empty(),
                Timestamps.parse(Attributes.string(item, CREATED_AT)),
                Attributes.optionalString(item, CONFIRMED_AT).map(Timestamps::parse),
                Attributes.optionalString(item, CANCELLED_AT).map(Timestamps::parse),
                attended == null || attended.bool() == null ? Optional.empty() : Optional.of(attended.bool()),
                Attributes.number(item, VERSION),
                Attributes.string(item, SITE_ORIGIN),
                Attributes.string(item, CANCEL_KEY),
                DynamoDbOutbox.read(item),
                DynamoDbOutbox.needsAttention(item));
    }

    private static AttributeValue contact(Person person) {
        Map<String, AttributeValue> fields = new HashMap<>();
        fields.put(FIRST_NAME, s(person.firstName()));
        fields.put(LAST_NAME, s(person.lastName()));
        fields.put(EMAIL, s(person.email()));
        person.phone().ifPresent(phone -> fields.put(PHONE, s(phone)));
        return m(fields);
    }
}
