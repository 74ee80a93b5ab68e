package fr.conciergeriesolidaire.functions.http;

import fr.conciergeriesolidaire.functions.idempotency.References;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code GET <confirmation>?reference=...}, the page a person lands on after a form post: the record's page if
 * the reference is well formed and known, "not found" otherwise (a malformed reference costs no storage call),
 * and any failure as an HTML error page.
 */
public final class ConfirmationLookup {
    private final ErrorResponses errors;

    public ConfirmationLookup(ErrorResponses errors) {
        this.errors = errors;
    }

    public <T> HttpResponse answer(
            HttpRequest request,
            Function<String, Optional<T>> find,
            Function<T, HttpResponse> page,
            Supplier<HttpResponse> notFound) {
        try {
            return request.queryParameter("reference")
                    .flatMap(References::parse)
                    .flatMap(find)
                    .map(page)
                    .orElseGet(notFound);
        } catch (RuntimeException failure) {
            return errors.of(failure, ResponseFormat.HTML);
        }
    }
}
