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

    /** A function: its logical id, {@code Handler} (class::method) and the HTTP routes it serves. */
    public record FunctionDefinition(String logicalId, String handler, List<HttpRoute> routes) {
        public String handlerClass() {
            int separator = handler.indexOf("::");
            return separator < 0 ? handler : handler.substring(0, separator);
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
            map(properties.get("Events")).values().forEach(event -> {
                Map<String, Object> definition = map(event);
                if ("HttpApi".equals(definition.get("Type"))) {
                    Map<String, Object> route = map(definition.get("Properties"));
                    routes.add(new HttpRoute(
                            Objects.toString(route.get("Method"), "ANY").toUpperCase(java.util.Locale.ROOT),
                            Objects.toString(route.get("Path"))));
                }
            });
            functions.add(new FunctionDefinition(id, handler, List.copyOf(routes)));
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

    /** A template parameter's default value, or null. */
    public String parameterDefault(String name) {
        Object value = map(map(document.get("Parameters")).get(name)).get("Default");
        return value == null ? null : String.valueOf(value);
    }

    private Object globalFunctionProperty(String name) {
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

    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
    }

    static List<Object> list(Object value) {
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
