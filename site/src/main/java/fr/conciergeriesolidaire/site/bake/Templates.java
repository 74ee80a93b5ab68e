package fr.conciergeriesolidaire.site.bake;

import fr.conciergeriesolidaire.site.Problems;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The theme's Freemarker templates, configured for this site and parsed up front: HTML output format (every
 * {@code ${}} is escaped; only trusted markup is printed with {@code ?no_esc}), errors rethrown so that they fail the
 * build with the template's name and line, French locale. Parsing needs no data, so the builder does it while the
 * data is being read (about a second of a cold build, on the other core), and a syntax error is reported with every
 * other problem. A new instance per build: a template edited between two builds of a warm process is read again.
 */
public final class Templates {
    private final Configuration freemarker;
    private final Problems problems;

    private Templates(Configuration freemarker, Problems problems) {
        this.freemarker = freemarker;
        this.problems = problems;
    }

    /** Configures Freemarker on {@code folder} and parses every template in it. */
    public static Templates load(Path folder) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(folder.toFile());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
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
        // Numbers printed raw go into attributes (min, max, ids): no grouping. Display goes through fmt.
        freemarker.setNumberFormat("computer");
        freemarker.setBooleanFormat("c");
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        Problems problems = new Problems();
        for (String name : templateNames(folder)) {
            try {
                freemarker.getTemplate(name);
            } catch (ParseException syntax) {
                problems.add("templates/" + name + ":" + syntax.getLineNumber(), syntax.getEditorMessage());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return new Templates(freemarker, problems);
    }

    private static List<String> templateNames(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.toString().endsWith(".ftlh"))
                    .map(path -> folder.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Syntax errors, each at "templates/name.ftlh:line". */
    public Problems problems() {
        return problems;
    }

    /**
     * Gives the templates what they see beside {@code content} ({@code site}, {@code fmt}…), wrapped for Freemarker
     * once per build rather than once per page. Called once, before rendering starts.
     */
    public void withVariables(Map<String, Object> variables) {
        try {
            freemarker.setSharedVariables(variables);
        } catch (TemplateModelException unwrappable) {
            throw new IllegalStateException(unwrappable);
        }
    }

    Template get(String name) throws IOException {
        return freemarker.getTemplate(name);
    }
}
