package fr.conciergeriesolidaire.functions.http;

import com.fasterxml.jackson.databind.JsonNode;
import fr.conciergeriesolidaire.functions.validation.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fields of a JSON object body. Types are strict: a number is not text, a string is not a boolean. */
final class JsonFields implements SubmittedFields {
    private final JsonNode object;
    private final String prefix;

    JsonFields(JsonNode object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    @Override
    public Optional<String> text(String field, FieldErrors errors) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            errors.add(prefix + field, NOT_TEXT);
            return Optional.empty();
        }
        return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }

    @Override
    public boolean checked(String field, FieldErrors errors) {
        JsonNode value = object.get(field);
        if (value != null && !value.isNull() && !value.isBoolean()) {
            errors.add(prefix + field, "Ce champ doit valoir true ou false.");
            return false;
        }
        return value != null && value.asBoolean();
    }

    @Override
    public Optional<Long> number(String field, FieldErrors errors) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            errors.add(prefix + field, "Ce champ doit être un nombre entier.");
            return Optional.empty();
        }
        return Optional.of(value.asLong());
    }

    @Override
    public List<SubmittedFields> objects(String field, FieldErrors errors) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            errors.add(prefix + field, "Ce champ doit être une liste.");
            return List.of();
        }
        List<SubmittedFields> items = new ArrayList<>();
        for (int index = 0; index < value.size(); index++) {
            JsonNode item = value.get(index);
            if (!item.isObject()) {
                errors.add(prefix + field, "Chaque élément de la liste doit être un objet.");
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
