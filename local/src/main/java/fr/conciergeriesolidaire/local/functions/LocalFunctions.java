package fr.conciergeriesolidaire.local.functions;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.local.StartupException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every function of template.yaml, built as Lambda would build it: the {@code Handler} class, constructed through
 * its no-argument constructor while {@link Environment#current()} answers the function's environment from the
 * template ({@code !Ref}s resolved to local values) plus the emulators' endpoints. A new function in the template
 * runs here without any change to this code.
 */
public final class LocalFunctions {
    private final List<LocalFunction> functions;

    private LocalFunctions(List<LocalFunction> functions) {
        this.functions = List.copyOf(functions);
    }

    /**
     * @param tableNames the local name of each table, by logical id
     * @param clientEnvironment endpoints, region and credentials of the emulators
     * @param parametersFile where generated parameter values are kept across restarts; empty: this run only
     */
    public static LocalFunctions build(
            SamTemplate template,
            Map<String, String> tableNames,
            Map<String, String> clientEnvironment,
            Optional<Path> parametersFile) {
        TemplateValues values = new TemplateValues(
                template,
                tableNames,
                new LocalParameters(template, parametersFile),
                clientEnvironment.get("AWS_REGION"));
        List<LocalFunction> functions = new ArrayList<>();
        for (SamTemplate.FunctionDefinition definition : template.functions()) {
            String id = definition.logicalId();
            if (!runsHere(template, id)) {
                continue;
            }
            Map<String, String> environment =
                    new HashMap<>(template.environment(id, intrinsic -> values.resolve(id, intrinsic)));
            environment.putAll(clientEnvironment);
            functions.add(new LocalFunction(
                    definition,
                    handler(definition, environment),
                    types(definition),
                    SamTemplate.integer(template.functionProperty(id, "MemorySize"), 128),
                    SamTemplate.integer(template.functionProperty(id, "Timeout"), 3)));
        }
        return new LocalFunctions(functions);
    }

    /**
     * Whether the runner runs that function: those of the functions' jar (the template's global CodeUri) do. A
     * function packaged on its own (the publisher) has its work done by the runner itself (the live site).
     */
    public static boolean runsHere(SamTemplate template, String functionId) {
        Object own = template.functionProperty(functionId, "CodeUri");
        Object global = template.globalFunctionProperty("CodeUri");
        return own == null || own.equals(global);
    }

    public List<LocalFunction> all() {
        return functions;
    }

    /** The functions with at least one event source of that SAM type (HttpApi, DynamoDB, Schedule). */
    public List<LocalFunction> withEvents(String type) {
        return functions.stream()
                .filter(function -> !function.definition().eventsOfType(type).isEmpty())
                .toList();
    }

    private static HandlerTypes types(SamTemplate.FunctionDefinition definition) {
        Class<?> handlerClass = handlerClass(definition);
        HandlerTypes types = HandlerTypes.of(handlerClass)
                .orElseThrow(() -> new StartupException(definition.logicalId() + " : " + handlerClass.getName()
                        + " n'implémente pas RequestHandler<événement, réponse>."));
        for (SamTemplate.EventSource source : definition.events()) {
            Optional<Class<?>> expected = EventSources.eventClass(source);
            if (expected.isPresent() && expected.get() != types.event()) {
                throw new StartupException(definition.logicalId() + " : l'événement " + source.name() + " ("
                        + source.type() + ") apporte un " + expected.get().getSimpleName() + ", "
                        + handlerClass.getSimpleName() + " attend un "
                        + types.event().getSimpleName() + ".");
            }
        }
        return types;
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<Object, Object> handler(
            SamTemplate.FunctionDefinition definition, Map<String, String> environment) {
        Class<?> handlerClass = handlerClass(definition);
        Object handler = Environment.building(environment, () -> construct(definition, handlerClass));
        if (!(handler instanceof RequestHandler<?, ?>)) {
            throw new StartupException(
                    definition.logicalId() + " : " + handlerClass.getName() + " n'implémente pas RequestHandler.");
        }
        return (RequestHandler<Object, Object>) handler;
    }

    /** The handler as Lambda builds it: its public no-argument constructor. */
    private static Object construct(SamTemplate.FunctionDefinition definition, Class<?> handlerClass) {
        try {
            return handlerClass.getConstructor().newInstance();
        } catch (NoSuchMethodException missing) {
            throw new StartupException(definition.logicalId() + " : " + handlerClass.getName()
                    + " n'a pas de constructeur public sans argument (celui qu'appelle Lambda).");
        } catch (InvocationTargetException failed) {
            throw new StartupException(
                    definition.logicalId() + " ne démarre pas : "
                            + failed.getCause().getMessage(),
                    failed.getCause());
        } catch (ReflectiveOperationException unusable) {
            throw new StartupException(
                    definition.logicalId() + " : " + handlerClass.getName() + " n'est pas utilisable : " + unusable,
                    unusable);
        }
    }

    private static Class<?> handlerClass(SamTemplate.FunctionDefinition definition) {
        try {
            return Class.forName(definition.handlerClass());
        } catch (ClassNotFoundException missing) {
            throw new StartupException(definition.logicalId() + " : la classe " + definition.handlerClass()
                    + " (Handler de template.yaml) est introuvable ; reconstruisez avec ./mvnw -DskipTests package.");
        }
    }
}
