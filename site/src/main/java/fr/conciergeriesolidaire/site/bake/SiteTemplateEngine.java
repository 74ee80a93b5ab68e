package fr.conciergeriesolidaire.site.bake;

import fr.conciergeriesolidaire.site.publish.StringBuilderWriter;
import freemarker.core.Environment;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Renders JBake's documents with the site's {@link Templates}, in the organisation's time zone. The templates see
 * the page as {@code content} and the site's models beside it ({@code site}, {@code fmt}, {@code msg}…); JBake's own
 * database-backed variables are not exposed, since each access to them re-ran a query.
 */
final class SiteTemplateEngine extends DelegatingTemplateEngine {
    private static final int PAGE_CAPACITY = 32 * 1024;

    private final Templates templates;
    private final Map<String, Object> variables;
    private final TimeZone timeZone;

    SiteTemplateEngine(
            JBakeConfiguration config, Templates templates, Map<String, Object> variables, TimeZone timeZone) {
        // No content store: see PageBaker.
        super(null, config);
        this.templates = templates;
        this.variables = Map.copyOf(variables);
        this.timeZone = timeZone;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Map<String, Object> dataModel = new HashMap<>(variables);
        dataModel.put("content", model.getContent());
        // The page is written in memory, then handed at once to JBake's unbuffered OutputStreamWriter, which
        // would otherwise encode every small write of Freemarker's escaping on its own.
        StringBuilderWriter page = new StringBuilderWriter(PAGE_CAPACITY);
        try {
            Environment environment = templates.get(templateName).createProcessingEnvironment(dataModel, page);
            environment.setTimeZone(timeZone);
            environment.process();
            writer.write(page.toString());
        } catch (IOException | TemplateException failure) {
            throw new RenderingException(failure.getMessage(), failure);
        }
    }
}
