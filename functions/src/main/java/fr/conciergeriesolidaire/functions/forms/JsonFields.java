package fr.conciergeriesolidaire.functions.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.thirdparty.jackson.core.JsonProcessingException;

/** Fields of a JSON object body. Types are strict: a number is not text, a string is not a boolean. */
final class JsonFields implements SubmittedFields {
    private final JsonObject object;
    private final String prefix;

    private JsonFields(JsonObject object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    /** The fields of a body that must hold one JSON object; anything else is an {@code InvalidInputException}. */
    static JsonFields parse(String body) {
        try {
            if (Json.read(body) instanceof JsonObject object) {
                return new JsonFields(object, "");
            }
            throw InvalidInputException.unreadable("answer.unreadable.notObject");
        } catch (JsonProcessingException malformed) {
            throw InvalidInputException.unreadable("answer.unreadable.json");
        }
    }

    @Override
    public Optional<String> text(String field, FieldErrors errors) {
        Object value = object.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            errors.add(prefix + field, NOT_TEXT);
            return Optional.empty();
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    @Override
    public boolean checked(String field, FieldErrors errors) {
        Object value = object.get(field);
        if (value != null && !(value instanceof Boolean)) {
            errors.add(prefix + field, "error.notBoolean");
            return false;
        }
        return Boolean.TRUE.equals(value);
    }

    @Override
    public Optional<Long> number(String field, FieldErrors errors) {
        Object value = object.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Long number)) {
            errors.add(prefix + field, "error.notWholeNumber");
            return Optional.empty();
        }
        return Optional.of(number);
    }

    @Override
    public List<SubmittedFields> objects(String field, FieldErrors errors) {
        Object value = object.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            errors.add(prefix + field, "error.notList");
            return List.of();
        }
        List<SubmittedFields> items = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            if (!(list.get(index) instanceof JsonObject item)) {
                errors.add(prefix + field, "error.notObjects");
                return List.of();
            }
            items.add(new JsonFields(item, prefix + field + "[" + index + "]."));
        }
        return items;
    }

    @Override
    public Map<String, String> prefixed(String prefix) {
        return Map.of();
    }
}
