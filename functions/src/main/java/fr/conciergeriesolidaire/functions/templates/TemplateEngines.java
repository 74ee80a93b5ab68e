package fr.conciergeriesolidaire.functions.templates;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Freemarker, set up once: pages in HTML, and e-mails twice, in HTML and in plain text, the template's {@code m}
 * macros being those of {@code mail/html.ftl} or {@code mail/text.ftl}. Kept apart from {@link Templates} so that no
 * Freemarker class loads before the first page or e-mail.
 */
final class TemplateEngines {
    private static final String MAIL_SUBJECT = "mailSubject";

    private final Configuration pages;
    private final Configuration htmlMail;
    private final Configuration textMail;

    TemplateEngines(Wording wording) {
        this.pages = configuration(wording, HTMLOutputFormat.INSTANCE, null);
        this.htmlMail = configuration(wording, HTMLOutputFormat.INSTANCE, "/mail/html.ftl");
        this.textMail = configuration(wording, PlainTextOutputFormat.INSTANCE, "/mail/text.ftl");
    }

    String page(String template, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        process(pages, "pages/" + template, model, out);
        return out.toString();
    }

    MailContent mail(String template, Map<String, ?> model) {
        StringWriter html = new StringWriter();
        String subject = process(htmlMail, "mail/" + template, model, html);
        StringWriter text = new StringWriter();
        process(textMail, "mail/" + template, model, text);
        return new MailContent(subject, tidy(text.toString()), html.toString());
    }

    /** Renders the template; returns the e-mail subject it set, if any. */
    private static String process(
            Configuration configuration, String template, Map<String, ?> model, StringWriter out) {
        try {
            Environment environment = configuration.getTemplate(template).createProcessingEnvironment(model, out);
            environment.process();
            return environment.getGlobalVariable(MAIL_SUBJECT) instanceof TemplateScalarModel subject
                    ? subject.getAsString()
                    : "";
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Template " + template + " cannot be read", unreadable);
        } catch (TemplateException failed) {
            throw new IllegalStateException("Template " + template + " failed: " + failed.getMessage(), failed);
        }
    }

    private static Configuration configuration(Wording wording, OutputFormat outputFormat, String mailMacros) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(TemplateEngines.class.getClassLoader(), "templates"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(outputFormat);
        // Pages are .ftlh (HTML by their extension); e-mail templates are .ftl, in the configuration's format.
        configuration.setRecognizeStandardFileExtensions(mailMacros == null);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        if (mailMacros != null) {
            configuration.addAutoImport("m", mailMacros);
        }
        try {
            configuration.setSharedVariable("msg", wording);
        } catch (TemplateModelException impossible) {
            throw new IllegalStateException(impossible);
        }
        return configuration;
    }

    /** Plain text as a person reads it: no run of blank lines the template's layout left, one final line break. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }
}
