package fr.conciergeriesolidaire.functions.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.functions.templates.ResponseShell;
import fr.conciergeriesolidaire.htmlvalidation.HtmlValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The functions' HTML answers, checked by the Nu Html Checker as the pages of the site are. */
public final class ValidHtml {
    private ValidHtml() {}

    /**
     * Fails unless the packaged response shell is the one the site build wrote, byte for byte: the answers checked
     * are then the answers served, not answers in a stand-in layout.
     */
    public static void assertTheShellIsTheSites() {
        Path built = NodeTools.ofRepository().root().resolve("site/target/site/_shell/reponse.html");
        try (InputStream packaged =
                ResponseShell.class.getClassLoader().getResourceAsStream(ResponseShell.CLASSPATH_RESOURCE)) {
            assertThat(packaged).as(ResponseShell.CLASSPATH_RESOURCE).isNotNull();
            assertThat(packaged.readAllBytes()).isEqualTo(Files.readAllBytes(built));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * A back-office page as every state of it must be: valid HTML, one {@code h1}, and each form control labelled by a
     * {@code label for} its id.
     */
    public static void assertValidScreen(String state, String page) {
        assertValid(state, page);
        Document document = Jsoup.parse(page);
        assertThat(document.select("h1")).as(state).hasSize(1);
        document.select("input:not([type=hidden]), select, textarea")
                .forEach(control -> assertThat(document.select("label[for=" + control.id() + "]"))
                        .as(state + ": label of " + control.attr("name"))
                        .isNotEmpty());
    }

    /** Fails with every error of the page, each with its line. */
    public static void assertValid(String what, String page) {
        try {
            assertThat(HtmlValidator.get().errors(page)).as(what + "\n" + page).isEmpty();
        } catch (Exception checkerFailure) {
            throw new AssertionError("The HTML checker failed on " + what, checkerFailure);
        }
    }
}
