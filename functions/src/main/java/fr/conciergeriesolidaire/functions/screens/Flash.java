package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.functions.http.HttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The message shown once after a change (Post/Redirect/Get): the 303 names it in the query ({@code ?fait=membre-ajoute})
 * and the page it leads to says it in words, from the site's wording ({@code backoffice.flash.<name>}). Only names
 * are carried, never text: a crafted link can only show one of our own sentences.
 */
public final class Flash {
    public static final String PARAMETER = "fait";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]{0,39}");

    private Flash() {}

    /** {@code path} with the message's name added to its query. */
    public static String location(String path, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a flash name: " + name);
        }
        return path + (path.contains("?") ? "&" : "?") + PARAMETER + "="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** The wording key of the message the request's query names, if it names one. */
    static Optional<String> key(HttpRequest request) {
        return request.queryParameter(PARAMETER)
                .filter(name -> NAME.matcher(name).matches())
                .map(name -> "backoffice.flash." + name);
    }
}
