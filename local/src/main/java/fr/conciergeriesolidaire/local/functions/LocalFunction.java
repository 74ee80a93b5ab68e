package fr.conciergeriesolidaire.local.functions;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import fr.conciergeriesolidaire.emulators.SamTemplate;

/** One function of the template, its handler built once as a warm Lambda instance would be, invoked in-process. */
public final class LocalFunction {
    private final SamTemplate.FunctionDefinition definition;
    private final RequestHandler<Object, Object> handler;
    private final HandlerTypes types;
    private final int memoryMegabytes;
    private final int timeoutSeconds;

    LocalFunction(
            SamTemplate.FunctionDefinition definition,
            RequestHandler<Object, Object> handler,
            HandlerTypes types,
            int memoryMegabytes,
            int timeoutSeconds) {
        this.definition = definition;
        this.handler = handler;
        this.types = types;
        this.memoryMegabytes = memoryMegabytes;
        this.timeoutSeconds = timeoutSeconds;
    }

    public String logicalId() {
        return definition.logicalId();
    }

    public SamTemplate.FunctionDefinition definition() {
        return definition;
    }

    /** Runs the handler on an event of its type; its exceptions propagate, as Lambda reports them. */
    public <R> R invoke(Object event, Class<R> responseType) {
        if (!types.event().isInstance(event) || !responseType.isAssignableFrom(types.response())) {
            throw new IllegalArgumentException(
                    logicalId() + " takes " + types.event().getSimpleName() + " and returns "
                            + types.response().getSimpleName());
        }
        return responseType.cast(
                handler.handleRequest(event, new LocalContext(logicalId(), memoryMegabytes, timeoutSeconds)));
    }
}
