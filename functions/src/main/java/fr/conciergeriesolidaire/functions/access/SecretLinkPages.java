package fr.conciergeriesolidaire.functions.access;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.Refusal;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages a person opens with a secret link of theirs, without signing in (an order's follow-up, "Mes données"): in
 * the site's layout, never stored by a cache ({@code no-store}, as every answer), never indexed ({@code noindex}),
 * and never telling another site where the visitor came from ({@code Referrer-Policy: no-referrer}: the link's key is
 * in the address). Refusals are pages too, saying nothing of whether the link ever opened something.
 */
public final class SecretLinkPages {
    static final String ROBOTS = "X-Robots-Tag";
    static final String NOINDEX = "noindex, nofollow";

    private final Templates templates;

    public SecretLinkPages(Templates templates) {
        this.templates = templates;
    }

    /** With the templates and wording packaged at build time. */
    public static SecretLinkPages packaged() {
        return new SecretLinkPages(Templates.packaged());
    }

    public Wording wording() {
        return templates.wording();
    }

    /** An answer carrying a secret link, or reached by one, as it must leave. */
    public static HttpResponse secured(HttpResponse response) {
        return response.withHeader("Referrer-Policy", "no-referrer").withHeader(ROBOTS, NOINDEX);
    }

    /**
     * @param title plain text, the page's {@code <title>}
     * @param template under {@code templates/pages/}
     */
    public HttpResponse page(int status, String title, String template, Map<String, ?> model) {
        return secured(HttpResponse.html(status, templates.page(title, template, model)));
    }

    /**
     * A failure as a page: a forged form (403), a link that opens nothing (404, in {@code notFoundKey}'s words, the
     * same whatever the reason), and what every request may meet ({@link Refusal}).
     *
     * @param back where the page leads on, and its label's wording key
     */
    public HttpResponse refused(RuntimeException failure, String notFoundKey, String back, String backLabelKey) {
        Refusal refusal = refusal(failure, notFoundKey);
        Wording wording = wording();
        String titleKey = "secretLink.refused.title." + refusal.status();
        String title = wording.get(wording.containsKey(titleKey) ? titleKey : "secretLink.refused.title");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("heading", title);
        model.put(
                "message",
                wording.format(
                        refusal.message().key(), refusal.message().arguments().toArray()));
        model.put("back", back);
        model.put("backLabel", wording.get(backLabelKey));
        HttpResponse page = page(refusal.status(), title, "secret-link-refused.ftlh", model);
        for (Map.Entry<String, String> header : refusal.headers().entrySet()) {
            page = page.withHeader(header.getKey(), header.getValue());
        }
        return page;
    }

    private static Refusal refusal(RuntimeException failure, String notFoundKey) {
        if (failure instanceof ForgedRequestException) {
            return new Refusal(403, Message.of("secretLink.refused.forged"), Map.of());
        }
        if (failure instanceof NoSuchRecordException) {
            return new Refusal(404, Message.of(notFoundKey), Map.of());
        }
        return Refusal.of(failure);
    }
}
