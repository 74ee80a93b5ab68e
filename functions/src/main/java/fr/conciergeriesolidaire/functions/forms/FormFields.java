package fr.conciergeriesolidaire.functions.forms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fields of an application/x-www-form-urlencoded body (an HTML form posted without JavaScript). */
final class FormFields implements SubmittedFields {
    private static final int MAX_FIELDS = 300;

    private final Map<String, String> values;

    private FormFields(Map<String, String> values) {
        this.values = values;
    }

    static FormFields parse(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return new FormFields(values);
        }
        String[] pairs = body.split("&", -1);
        if (pairs.length > MAX_FIELDS) {
            throw InvalidInputException.unreadable("answer.unreadable.tooManyFields");
        }
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            // A name sent twice keeps its first value: the form never does it, so a second one is noise.
            values.putIfAbsent(name, value);
        }
        return new FormFields(values);
    }

    /**
     * Percent-decoding of {@code application/x-www-form-urlencoded}, strict where {@code URLDecoder} is lenient: a
     * malformed escape or bytes that are not UTF-8 refuse the body, instead of turning silently into U+FFFD.
     */
    private static String decoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int index = 0; index < encoded.length(); ) {
            int c = encoded.codePointAt(index);
            if (c == '%') {
                int high = index + 2 < encoded.length() ? Character.digit(encoded.charAt(index + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(index + 2), 16);
                if (low < 0) {
                    throw InvalidInputException.unreadable("answer.unreadable.formEncoding");
                }
                bytes.write(high * 16 + low);
                index += 3;
            } else {
                bytes.writeBytes(
                        c == '+' ? new byte[] {' '} : Character.toString(c).getBytes(StandardCharsets.UTF_8));
                index += Character.charCount(c);
            }
        }
        return Utf8.decode(bytes.toByteArray(), "answer.unreadable.formEncoding");
    }

    @Override
    public Optional<String> text(String field, FieldErrors errors) {
        String value = values.get(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public boolean checked(String field, FieldErrors errors) {
        String value = values.get(field);
        return "yes".equals(value) || "on".equals(value);
    }

    @Override
    public Optional<Long> number(String field, FieldErrors errors) {
        Optional<String> value = text(field, errors).map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().matches("-?\\d{1,18}")) {
            errors.add(field, "error.notWholeNumber");
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value.get()));
    }

    @Override
    public List<SubmittedFields> objects(String field, FieldErrors errors) {
        return List.of();
    }

    @Override
    public Map<String, String> prefixed(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                found.put(name.substring(prefix.length()), value);
            }
        });
        return found;
    }
}
