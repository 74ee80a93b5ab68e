package fr.conciergeriesolidaire.functions.templates;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import java.util.Map;

/**
 * The functions' pages and e-mails, written as Freemarker templates (the site's template language) under
 * {@code templates/} in the jar, with the site's wording as {@code msg} and HTML auto-escaping: a value typed by a
 * visitor can never become markup. A page is rendered into the site's response shell, so it looks like the rest of
 * the site; an e-mail is rendered as HTML and as plain text from one template, so both parts say the same thing.
 *
 * <p>Everything is loaded on first use: a function answering in JSON only never loads Freemarker (BENCHMARKS.md,
 * "Templates").
 */
public final class Templates {
    /** Where the build copies site/templates/messages.properties (functions/pom.xml). */
    public static final String WORDING = "wording/messages.properties";

    private static final Templates PACKAGED = new Templates();

    private Wording wording;
    private ResponseShell shell;
    private TemplateEngines engines;

    private Templates() {}

    /** The templates, wording and response shell packaged with the functions at build time. */
    public static Templates packaged() {
        return PACKAGED;
    }

    /** The site's wording (messages.properties): labels, hints and messages of every field. */
    public synchronized Wording wording() {
        if (wording == null) {
            wording = Wording.fromClasspath(WORDING);
        }
        return wording;
    }

    /**
     * A whole page of the site.
     *
     * @param title plain text (escaped by the shell)
     * @param template under {@code templates/pages/}, e.g. {@code order-confirmation.ftlh}
     */
    public String page(String title, String template, Map<String, ?> model) {
        String main = engines().page(template, model);
        return shell().page(title, main);
    }

    /**
     * An e-mail's content in HTML and plain text, its subject set by the template's {@code <@m.message subject=...>}.
     *
     * @param template under {@code templates/mail/}, e.g. {@code order-customer.ftl}
     */
    public MailContent mail(String template, Map<String, ?> model) {
        return engines().mail(template, model);
    }

    private synchronized TemplateEngines engines() {
        if (engines == null) {
            engines = new TemplateEngines(wording());
        }
        return engines;
    }

    private synchronized ResponseShell shell() {
        if (shell == null) {
            shell = ResponseShell.fromClasspath();
        }
        return shell;
    }
}
