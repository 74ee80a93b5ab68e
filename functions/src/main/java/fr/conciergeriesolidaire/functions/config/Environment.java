package fr.conciergeriesolidaire.functions.config;

import java.util.Map;
import java.util.Optional;

/**
 * The function's configuration: environment variables that template.yaml sets (resource names from
 * {@code !Ref}s). Read once at construction; a missing required one fails the cold start, not a request.
 */
public final class Environment {
    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
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
}
