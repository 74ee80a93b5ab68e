package fr.conciergeriesolidaire.emulators;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The parts of the AWS SAM template (template.yaml, the one description of the deployed resources) that a
 * local run needs: the DynamoDB tables, and each function's handler, HTTP routes and environment.
 */
public final class SamTemplate {
    /** A CloudFormation intrinsic function in short form, e.g. {@code !Ref OrdersTable}; value as written. */
    public record Intrinsic(String tag, Object value) {
        /** The logical id a {@code !Ref} names, or null for other intrinsics. */
        public String reference() {
            return "!Ref".equals(tag) && value instanceof String name ? name : null;
        }
    }

    public record HttpRoute(String method, String path) {}

    /** One of a function's {@code Events}: its name, {@code Type} (HttpApi, DynamoDB, Schedule...) and properties. */
    public record EventSource(String name, String type, Map<String, Object> properties) {}

    /** A resource: logical id, {@code Type}, {@code Properties} and the whole definition (policies, conditions). */
    public record Resource(
            String logicalId, String type, Map<String, Object> properties, Map<String, Object> definition) {}

    /** A function: its logical id, {@code Handler} (class::method), the HTTP routes it serves and all its events. */
    public record FunctionDefinition(
            String logicalId, String handler, List<HttpRoute> routes, List<EventSource> events) {
        public String handlerClass() {
            int separator = handler.indexOf("::");
            return separator < 0 ? handler : handler.substring(0, separator);
        }

        public List<EventSource> eventsOfType(String type) {
            return events.stream().filter(event -> event.type().equals(type)).toList();
        }
    }

    private final Map<String, Object> document;

    private SamTemplate(Map<String, Object> document) {
        this.document = document;
    }

    public static SamTemplate read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object parsed = new Yaml(new ShortFormConstructor()).load(reader);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + " is not a YAML mapping");
            }
            return new SamTemplate(stringKeys(map));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Logical ids and properties of every {@code AWS::DynamoDB::Table}. */
    public Map<String, Map<String, Object>> tables() {
        return resourcesOfType("AWS::DynamoDB::Table");
    }

    public List<FunctionDefinition> functions() {
        List<FunctionDefinition> functions = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function").forEach((id, properties) -> {
            String handler = (String) properties.getOrDefault("Handler", globalFunctionProperty("Handler"));
            List<HttpRoute> routes = new ArrayList<>();
            List<EventSource> events = new ArrayList<>();
            map(properties.get("Events")).forEach((name, event) -> {
                Map<String, Object> definition = map(event);
                Map<String, Object> eventProperties = map(definition.get("Properties"));
                events.add(new EventSource(name, String.valueOf(definition.get("Type")), eventProperties));
                if ("HttpApi".equals(definition.get("Type"))) {
                    routes.add(new HttpRoute(
                            Objects.toString(eventProperties.get("Method"), "ANY")
                                    .toUpperCase(java.util.Locale.ROOT),
                            Objects.toString(eventProperties.get("Path"))));
                }
            });
            functions.add(new FunctionDefinition(id, handler, List.copyOf(routes), List.copyOf(events)));
        });
        return functions;
    }

    /**
     * A function's environment variables (the template's Globals, then its own), each intrinsic replaced by
     * what {@code resolve} says, e.g. the local name of a table for {@code !Ref OrdersTable}.
     */
    public Map<String, String> environment(String functionId, Function<Intrinsic, String> resolve) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.putAll(variables(map(map(document.get("Globals")).get("Function"))));
        raw.putAll(variables(map(resourcesOfType("AWS::Serverless::Function").get(functionId))));
        Map<String, String> environment = new LinkedHashMap<>();
        raw.forEach((name, value) -> environment.put(
                name, value instanceof Intrinsic intrinsic ? resolve.apply(intrinsic) : String.valueOf(value)));
        return environment;
    }

    /** A function's property as deployed: its own, else the template's {@code Globals.Function} one, else null. */
    public Object functionProperty(String functionId, String name) {
        Object own = map(resourcesOfType("AWS::Serverless::Function").get(functionId))
                .get(name);
        return own != null ? own : globalFunctionProperty(name);
    }

    /** Every resource, by logical id, in the template's order. */
    public Map<String, Resource> resources() {
        Map<String, Resource> resources = new LinkedHashMap<>();
        map(document.get("Resources")).forEach((id, resource) -> {
            Map<String, Object> definition = map(resource);
            resources.put(
                    id,
                    new Resource(
                            id, String.valueOf(definition.get("Type")), map(definition.get("Properties")), definition));
        });
        return resources;
    }

    /** The parameters' names. */
    public java.util.Set<String> parameters() {
        return map(document.get("Parameters")).keySet();
    }

    /** The whole parsed template, for checks that walk it (short-form intrinsics are {@link Intrinsic}s). */
    public Map<String, Object> document() {
        return document;
    }

    /** A template parameter's default value, or null. */
    public String parameterDefault(String name) {
        Object value = map(map(document.get("Parameters")).get(name)).get("Default");
        return value == null ? null : String.valueOf(value);
    }

    /** A property of the template's {@code Globals.Function}, or null. */
    public Object globalFunctionProperty(String name) {
        return map(map(document.get("Globals")).get("Function")).get(name);
    }

    private static Map<String, Object> variables(Map<String, Object> functionProperties) {
        return map(map(functionProperties.get("Environment")).get("Variables"));
    }

    private Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        map(document.get("Resources")).forEach((id, resource) -> {
            Map<String, Object> definition = map(resource);
            if (type.equals(definition.get("Type"))) {
                found.put(id, map(definition.get("Properties")));
            }
        });
        return found;
    }

    /** The value as a mapping with string keys, or an empty one if it is not a mapping. */
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
    }

    /** The value as a whole number, or {@code fallback} if it is not one (a property left to its default). */
    public static int integer(Object value, int fallback) {
        return value instanceof Number number ? number.intValue() : fallback;
    }

    /** The value as a list, or an empty one if it is not a list. */
    public static List<Object> list(Object value) {
        return value instanceof List<?> list ? List.copyOf(list) : List.of();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    /** Safe YAML loading that turns CloudFormation's short-form tags (!Ref, !GetAtt, !Sub...) into values. */
    private static final class ShortFormConstructor extends SafeConstructor {
        ShortFormConstructor() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        value = constructScalar(scalar);
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    return new Intrinsic(node.getTag().getValue(), value);
                }
            });
        }
    }
}
