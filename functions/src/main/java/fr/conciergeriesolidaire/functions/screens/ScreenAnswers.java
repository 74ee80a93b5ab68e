package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.functions.http.HttpResponse;

/**
 * The answers of the back-office that are not pages: 303 See Other after a change (Post/Redirect/Get: reloading the
 * page that follows never sends the form again). Like every back-office answer, never stored by a cache ({@code
 * no-store}, as every answer of the API) nor indexed.
 */
public final class ScreenAnswers {
    static final String ROBOTS = "X-Robots-Tag";
    static final String NOINDEX = "noindex, nofollow";

    private ScreenAnswers() {}

    /** To {@code path}, where the message {@code flash} ({@code backoffice.flash.<flash>}) is shown. */
    public static HttpResponse seeOther(String path, String flash) {
        return seeOther(Flash.location(path, flash));
    }

    public static HttpResponse seeOther(String location) {
        return noindex(HttpResponse.seeOther(location));
    }

    /** A file the member downloads (an export), as private as the pages: never stored by a cache, nor indexed. */
    public static HttpResponse attachment(String contentType, String fileName, String body) {
        return noindex(HttpResponse.attachment(contentType, fileName, body));
    }

    static HttpResponse noindex(HttpResponse response) {
        return response.withHeader(ROBOTS, NOINDEX);
    }
}
