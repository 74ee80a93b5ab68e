package fr.conciergeriesolidaire.local.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API route path: literal segments, {@code {name}} variables and a final greedy {@code {name+}}. The
 * more literal segments a pattern has, the more specific it is, as API Gateway ranks routes.
 */
final class RoutePattern {
    private final String path;
    private final List<String> segments;

    RoutePattern(String path) {
        this.path = path;
        this.segments = segments(path);
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }

    String path() {
        return path;
    }

    /** The path variables if the request path matches, else empty. */
    Optional<Map<String, String>> match(String requestPath) {
        List<String> actual = segments(requestPath);
        Map<String, String> variables = new LinkedHashMap<>();
        for (int index = 0; index < segments.size(); index++) {
            String expected = segments.get(index);
            if (isGreedy(expected)) {
                if (index >= actual.size()) {
                    return Optional.empty();
                }
                variables.put(name(expected), String.join("/", actual.subList(index, actual.size())));
                return Optional.of(variables);
            }
            if (index >= actual.size()) {
                return Optional.empty();
            }
            if (isVariable(expected)) {
                if (actual.get(index).isEmpty()) {
                    return Optional.empty();
                }
                variables.put(name(expected), actual.get(index));
            } else if (!expected.equals(actual.get(index))) {
                return Optional.empty();
            }
        }
        return actual.size() == segments.size() ? Optional.of(variables) : Optional.empty();
    }

    /** Higher is more specific: literal segments first, then variables, a greedy tail last. */
    int specificity() {
        int literal = (int) segments.stream().filter(s -> !isVariable(s)).count();
        int variables = (int)
                segments.stream().filter(s -> isVariable(s) && !isGreedy(s)).count();
        return literal * 1000 + variables * 10 + (segments.stream().anyMatch(RoutePattern::isGreedy) ? 0 : 1);
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static boolean isGreedy(String segment) {
        return isVariable(segment) && segment.endsWith("+}");
    }

    private static String name(String segment) {
        return segment.substring(1, segment.length() - (isGreedy(segment) ? 2 : 1));
    }
}
