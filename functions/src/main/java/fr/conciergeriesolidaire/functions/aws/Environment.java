package fr.conciergeriesolidaire.functions.aws;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The function's configuration: environment variables that template.yaml sets (resource names from {@code !Ref}s).
 * Read once, by a feature's wiring class, when its handler is built; a missing required one fails the cold start,
 * not a request.
 */
public final class Environment {
    /**
     * The variables of the function being built, where several functions share one JVM (the local runner, the
     * integration tests): there, real environment variables cannot differ per function.
     */
    private static final ThreadLocal<Map<String, String>> BUILDING = new ThreadLocal<>();

    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The process environment, as Lambda sets it; or the variables given to {@link #building}. */
    public static Environment current() {
        Map<String, String> given = BUILDING.get();
        return new Environment(given != null ? given : System.getenv());
    }

    /**
     * Builds a handler with its no-argument constructor (as Lambda does) while {@link #current()} answers
     * {@code variables}: how the local runner and the integration tests give each function its own environment.
     */
    public static <T> T building(Map<String, String> variables, Supplier<T> construction) {
        BUILDING.set(Map.copyOf(variables));
        try {
            return construction.get();
        } finally {
            BUILDING.remove();
        }
    }

    public String required(String name) {
        return optional(name)
                .orElseThrow(() -> new IllegalStateException(
                        "Environment variable " + name + " is missing (set by template.yaml)"));
    }

    public Optional<String> optional(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Every variable, to hand a feature's own wiring the same environment ({@code privacy.PersonalRecordsProvider}). */
    public Map<String, String> variables() {
        return variables;
    }

    /** An optional whole number (a limit a deployment may override), or {@code fallback}. */
    public int integer(String name, int fallback) {
        return optional(name).map(Integer::parseInt).orElse(fallback);
    }
}
