package fr.conciergeriesolidaire.htmlvalidation;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker, set up once per JVM (loading its schema takes a while) and reused for every document
 * (about a millisecond each). Reports errors and warnings with their line. Used by the site's tests for the
 * baked pages and by the functions' tests for the API's answers.
 */
public final class HtmlValidator {
    private static HtmlValidator instance;

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
    private final Collector collector = new Collector();

    private HtmlValidator() throws Exception {
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    public static synchronized HtmlValidator get() throws Exception {
        if (instance == null) {
            instance = new HtmlValidator();
        }
        return instance;
    }

    /** The errors of one page file (UTF-8), each as "line N: message". */
    public synchronized List<String> errors(File page) throws Exception {
        collector.reset();
        validator.checkHtmlFile(page, true);
        return List.copyOf(collector.errors);
    }

    /** The errors of one page held in memory, each as "line N: message". */
    public synchronized List<String> errors(String page) throws Exception {
        collector.reset();
        InputSource source = new InputSource(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding(StandardCharsets.UTF_8.name());
        validator.checkHtmlInputSource(source);
        return List.copyOf(collector.errors);
    }

    /** The warnings of the last page checked. */
    public synchronized List<String> warnings() {
        return List.copyOf(collector.warnings);
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        void reset() {
            errors.clear();
            warnings.clear();
        }

        private static String describe(SAXParseException problem) {
            return "line " + problem.getLineNumber() + ": " + problem.getMessage();
        }

        @Override
        public void warning(SAXParseException problem) {
            warnings.add(describe(problem));
        }

        @Override
        public void error(SAXParseException problem) {
            errors.add(describe(problem));
        }

        @Override
        public void fatalError(SAXParseException problem) {
            errors.add(describe(problem));
        }
    }
}
