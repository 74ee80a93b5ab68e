package fr.conciergeriesolidaire.site.bake;

import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.publish.StringBuilderWriter;
import freemarker.core.Environment;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.util.Map;
import java.util.TimeZone;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * One page to HTML: its template (named after its type) applied to the page as JBake models it ({@code content}:
 * header values, body, uri), beside the site's models, in the organisation's time zone. Safe for many threads.
 */
final class PageRenderer {
    private static final int PAGE_CAPACITY = 32 * 1024;

    private final Templates templates;
    private final TimeZone timeZone;

    PageRenderer(Templates templates, TimeZone timeZone) {
        this.templates = templates;
        this.timeZone = timeZone;
    }

    /** The page's HTML; a template error is thrown with the template's name and line. */
    String render(ContentFile page, String bodyHtml) throws IOException, TemplateException {
        // In memory, without the lock a StringWriter takes on each of the many small writes of HTML escaping.
        StringBuilderWriter html = new StringBuilderWriter(PAGE_CAPACITY);
        Environment environment = templates
                .get(page.type().template())
                .createProcessingEnvironment(Map.of("content", document(page, bodyHtml)), html);
        environment.setTimeZone(timeZone);
        environment.process();
        return html.toString();
    }

    /** The page as JBake's parser would give it to the templates: header values, body, uri. */
    private static DocumentModel document(ContentFile page, String bodyHtml) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.putAll(page.header());
        document.setType(page.type().headerValue());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setUri(page.uri());
        document.setSourceUri(page.uri());
        document.setBody(bodyHtml);
        return document;
    }
}
