package fr.conciergeriesolidaire.functions.forms;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParseException;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonProcessingException;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadConstraints;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadFeature;

/**
 * The functions' JSON, on the streaming API of the Jackson core the AWS SDK ships and loads anyway (relocated under
 * {@code software.amazon.awssdk.thirdparty}): data binding would cost a cold start about 0.3 s of class loading, and
 * a second copy of Jackson core about 75 more classes (BENCHMARKS.md), for bodies this small. Strict on input:
 * duplicate keys, nesting, sizes, trailing content. Values are plain Java ones: {@link JsonObject}, {@link List},
 * {@link String}, {@link Boolean}, {@link Long} (or {@link BigInteger} past its range), {@link JsonFraction} for
 * numbers with a fraction or an exponent (kept as written), and {@code null}.
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxStringLength(20_000)
                    .maxNumberLength(30)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {}

    /** One JSON value, alone in {@code text}. */
    public static Object read(String text) throws JsonProcessingException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonParseException(parser, "No content");
            }
            Object value = value(parser, first);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "Content after the value");
            }
            return value;
        } catch (JsonProcessingException invalid) {
            throw invalid;
        } catch (IOException impossible) {
            throw new UncheckedIOException("Reading a string failed", impossible);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    fields.put(name, value(parser, parser.nextToken()));
                }
                yield new JsonObject(fields);
            }
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    items.add(value(parser, item));
                }
                yield items;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT ->
                parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue()
                        : (Object) parser.getLongValue();
            // Never converted: no field takes a fraction, and 1e99999999999 would throw converting to BigDecimal.
            case VALUE_NUMBER_FLOAT -> new JsonFraction(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "Unexpected " + token);
        };
    }

    /** Our own values (maps, lists, text, numbers, booleans) as JSON text; anything else is a bug. */
    public static String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            write(generator, value);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to a string failed", impossible);
        }
        return text.toString();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(entry.getKey().toString());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else {
            throw new IllegalArgumentException(
                    "Not writable as JSON: " + value.getClass().getName());
        }
    }
}
