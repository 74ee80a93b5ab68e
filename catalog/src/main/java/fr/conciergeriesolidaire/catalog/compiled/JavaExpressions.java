package fr.conciergeriesolidaire.catalog.compiled;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Java expressions that rebuild a graph of records, lists and plain values with constructors and factories
 * only. Each record inside a list gets its own method, so no method outgrows the JVM's 64 KB limit however many
 * partners and services the catalogue holds. A type it does not know fails the build rather than guessing.
 */
final class JavaExpressions {
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> methods = new ArrayList<>();

    /** The expression building {@code value}. */
    String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return literal(text);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Long number) {
            return number + "L";
        }
        if (value instanceof Enum<?> constant) {
            return constant.getDeclaringClass().getCanonicalName() + "." + constant.name();
        }
        if (value instanceof LocalTime time) {
            return "java.time.LocalTime.of(%d, %d, %d, %d)"
                    .formatted(time.getHour(), time.getMinute(), time.getSecond(), time.getNano());
        }
        if (value instanceof LocalDate date) {
            return "java.time.LocalDate.of(%d, %d, %d)"
                    .formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
        if (value instanceof Duration duration) {
            return "java.time.Duration.ofSeconds(%dL, %d)".formatted(duration.getSeconds(), duration.getNano());
        }
        if (value instanceof Period period) {
            return "java.time.Period.of(%d, %d, %d)".formatted(period.getYears(), period.getMonths(), period.getDays());
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(item -> item instanceof Record entry ? method(entry) : of(item))
                    .collect(Collectors.joining(", ", "java.util.List.of(", ")"));
        }
        if (value instanceof Record entry) {
            return construction(entry);
        }
        throw new IllegalArgumentException(
                "No Java expression for a " + value.getClass().getName());
    }

    /** The private methods the expressions call, in the order they were needed. */
    List<String> methods() {
        return List.copyOf(methods);
    }

    private String method(Record entry) {
        String type = entry.getClass().getSimpleName();
        String name =
                type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1) + counts.merge(type, 1, Integer::sum);
        // Reserved before the body is built, so nested records number after their parent.
        int slot = methods.size();
        methods.add("");
        methods.set(
                slot,
                "    private static %s %s() {\n        return %s;\n    }\n"
                        .formatted(entry.getClass().getCanonicalName(), name, construction(entry)));
        return name + "()";
    }

    private String construction(Record entry) {
        List<String> arguments = new ArrayList<>();
        for (RecordComponent component : entry.getClass().getRecordComponents()) {
            arguments.add(of(componentValue(entry, component)));
        }
        return "new " + entry.getClass().getCanonicalName() + "(" + String.join(", ", arguments) + ")";
    }

    private static Object componentValue(Record entry, RecordComponent component) {
        try {
            return component.getAccessor().invoke(entry);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException("Cannot read " + component, unreadable);
        }
    }

    /**
     * A string literal. Escapes are the lexer's ({@code \n}, octal), never {@code \\u} for a line break: those are
     * replaced before lexing and would break the literal.
     */
    static String literal(String text) {
        StringBuilder java = new StringBuilder("\"");
        for (char character : text.toCharArray()) {
            switch (character) {
                case '"' -> java.append("\\\"");
                case '\\' -> java.append("\\\\");
                case '\n' -> java.append("\\n");
                default -> {
                    if (character < 0x20) {
                        java.append("\\%03o".formatted((int) character));
                    } else if (character > 0x7e) {
                        java.append("\\u%04x".formatted((int) character));
                    } else {
                        java.append(character);
                    }
                }
            }
        }
        return java.append('"').toString();
    }
}
