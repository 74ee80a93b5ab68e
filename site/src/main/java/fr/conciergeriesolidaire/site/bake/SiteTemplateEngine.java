package fr.conciergeriesolidaire.site.bake;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Renders JBake's documents with a Freemarker configured for this site: HTML output format (every {@code ${}}
 * is escaped; only trusted markup is printed with {@code ?no_esc}), errors rethrown so that they fail the build
 * with the template's name and line, French locale and the organisation's time zone. The templates see the page
 * as {@code content} and the site's models as shared variables ({@code site}, {@code fmt}, {@code msg}…); JBake's
 * own database-backed variables are not exposed, since each access to them re-runs a query.
 */
public final class SiteTemplateEngine extends DelegatingTemplateEngine {
    private final Configuration freemarker;

    public SiteTemplateEngine(
            ContentStore db, JBakeConfiguration config, Map<String, Object> sharedVariables, TimeZone timeZone) {
        super(db, config);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
            freemarker.setSharedVariables(sharedVariables);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (freemarker.template.TemplateModelException unwrappable) {
            throw new IllegalStateException(unwrappable);
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setLocale(Locale.FRANCE);
        freemarker.setTimeZone(timeZone);
        // Numbers printed raw go into attributes (min, max, ids): no grouping. Display goes through fmt.
        freemarker.setNumberFormat("computer");
        freemarker.setBooleanFormat("c");
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            freemarker.getTemplate(templateName).process(Map.of("content", model.getContent()), writer);
        } catch (IOException | TemplateException failure) {
            throw new RenderingException(failure.getMessage(), failure);
        }
    }
}
