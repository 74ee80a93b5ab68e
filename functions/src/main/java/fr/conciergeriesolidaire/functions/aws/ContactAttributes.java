package fr.conciergeriesolidaire.functions.aws;

import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The attribute names of a person's contact details inside a stored record (a map attribute). */
public final class ContactAttributes {
    private static final String FIRST_NAME = "firstName";
    private static final String LAST_NAME = "lastName";
    private static final String PHONE = "phone";
    private static final String EMAIL = "email";

    private ContactAttributes() {}

    /** A modifiable map, so a feature can add its own details (building, role...). */
    public static Map<String, AttributeValue> of(ContactDetails contact) {
        Map<String, AttributeValue> fields = new HashMap<>();
        fields.put(FIRST_NAME, s(contact.firstName()));
        fields.put(LAST_NAME, s(contact.lastName()));
        fields.put(PHONE, s(contact.phone()));
        fields.put(EMAIL, s(contact.email()));
        return fields;
    }

    public static ContactDetails from(Map<String, AttributeValue> fields) {
        return new ContactDetails(
                Attributes.string(fields, FIRST_NAME),
                Attributes.string(fields, LAST_NAME),
                Attributes.string(fields, PHONE),
                Attributes.string(fields, EMAIL));
    }
}
