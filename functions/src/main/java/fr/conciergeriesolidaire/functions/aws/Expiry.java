package fr.conciergeriesolidaire.functions.aws;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The TTL attribute of every record holding personal data ({@code expiresAt}, epoch seconds). DynamoDB deletes an
 * expired item up to a few days after that time: until then every read treats it as absent.
 */
public final class Expiry {
    public static final String ATTRIBUTE = "expiresAt";

    private Expiry() {}

    public static AttributeValue at(Instant expiresAt) {
        return Attributes.n(expiresAt.getEpochSecond());
    }

    /** When the item expires, if it has the attribute. */
    public static Optional<Instant> of(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(ATTRIBUTE);
        return value == null || value.n() == null
                ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(Long.parseLong(value.n())));
    }

    /** True once the item's time is past; an item without the attribute never expires. */
    public static boolean hasPassed(Map<String, AttributeValue> item, Instant now) {
        AttributeValue value = item.get(ATTRIBUTE);
        return value != null && value.n() != null && Long.parseLong(value.n()) <= now.getEpochSecond();
    }
}
