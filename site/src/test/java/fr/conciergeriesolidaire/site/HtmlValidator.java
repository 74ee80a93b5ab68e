package fr.conciergeriesolidaire.site;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker, set up once (loading its schema takes a while) and reused for every page (about a
 * millisecond each). Reports errors and warnings with their line.
 */
final class HtmlValidator {
    private static HtmlValidator instance;

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
    private final Collector collector = new Collector();

    private HtmlValidator() throws Exception {
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    static synchronized HtmlValidator get() throws Exception {
        if (instance == null) {
            instance = new HtmlValidator();
        }
        return instance;
    }

    /** The errors of one page, each as "line N: message". */
    synchronized List<String> errors(File page) throws Exception {
        collector.reset();
        validator.checkHtmlFile(page, true);
        return List.copyOf(collector.errors);
    }

    /** The warnings of the last page checked. */
    synchronized List<String> warnings() {
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
