package fr.conciergeriesolidaire.functions.submission;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.http.ConfirmationLookup;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code GET <confirmation>?reference=...}: the page a person lands on after a plain form post.
 *
 * @param <T> the feature's stored record
 */
public abstract class ConfirmationPageHandler<T>
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ConfirmationLookup lookup;
    private final Function<String, Optional<T>> find;
    private final Function<T, HttpResponse> page;
    private final Supplier<HttpResponse> notFound;

    protected ConfirmationPageHandler(
            ConfirmationLookup lookup,
            Function<String, Optional<T>> find,
            Function<T, HttpResponse> page,
            Supplier<HttpResponse> notFound) {
        this.lookup = lookup;
        this.find = find;
        this.page = page;
        this.notFound = notFound;
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return lookup.answer(HttpRequest.from(event), find, page, notFound).toEvent();
    }
}
