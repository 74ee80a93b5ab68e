package fr.conciergeriesolidaire.local.functions;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/** The event and response types of a {@code RequestHandler<I, O>} class, read from its declaration. */
public record HandlerTypes(Class<?> event, Class<?> response) {
    /** Empty if the class does not implement {@code RequestHandler} with concrete type arguments. */
    public static Optional<HandlerTypes> of(Class<?> handler) {
        for (Class<?> type = handler; type != null; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class
                        && parameterized.getActualTypeArguments()[0] instanceof Class<?> event
                        && parameterized.getActualTypeArguments()[1] instanceof Class<?> response) {
                    return Optional.of(new HandlerTypes(event, response));
                }
            }
        }
        return Optional.empty();
    }
}
