package fr.conciergeriesolidaire.functions.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short builders and readers for DynamoDB attribute values, so mappers read like the item they describe. */
public final class Attributes {
    private Attributes() {}

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue m(Map<String, AttributeValue> value) {
        return AttributeValue.fromM(value);
    }

    public static AttributeValue l(List<AttributeValue> value) {
        return AttributeValue.fromL(value);
    }

    public static String string(Map<String, AttributeValue> item, String name) {
        return optionalString(item, name)
                .orElseThrow(() -> new IllegalStateException("Stored item lacks attribute " + name));
    }

    public static Optional<String> optionalString(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
    }

    public static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw new IllegalStateException("Stored item lacks number " + name);
        }
        return Long.parseLong(value.n());
    }

    public static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasM() ? Map.of() : value.m();
    }

    public static List<AttributeValue> list(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l();
    }
}
