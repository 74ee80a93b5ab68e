package fr.conciergeriesolidaire.functions.http;

import java.util.Optional;

/**
 * How to answer: HTML pages for a person whose browser posted the form without JavaScript, JSON for the
 * page's script. Decided from what was posted, else from Accept.
 */
public enum ResponseFormat {
    HTML,
    JSON;

    public static ResponseFormat of(HttpRequest request) {
        Optional<BodyType> body = BodyType.of(request.header("content-type").orElse(null));
        if (body.isPresent()) {
            return body.get() == BodyType.FORM ? HTML : JSON;
        }
        String accept = request.header("accept").orElse("");
        return accept.contains("text/html") && !accept.contains("application/json") ? HTML : JSON;
    }
}
