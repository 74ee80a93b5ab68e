package fr.conciergeriesolidaire.publisher.config;

import java.util.Map;
import java.util.Optional;

/**
 * The publisher's configuration: environment variables that template.yaml sets (resource names from {@code !Ref}s),
 * read by constant names only (local's deployment checks find them in the bytecode and compare them with the
 * template). A missing required one fails the cold start, not a publish.
 */
public final class Variables {
    private final Map<String, String> values;

    public Variables(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public String required(String name) {
        return optional(name)
                .orElseThrow(() -> new IllegalStateException(
                        "Environment variable " + name + " is missing (set by template.yaml)"));
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
