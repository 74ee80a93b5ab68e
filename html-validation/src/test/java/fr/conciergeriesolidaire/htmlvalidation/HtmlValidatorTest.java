package fr.conciergeriesolidaire.htmlvalidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker the page tests rely on does report errors: a silent checker would pass any page. */
class HtmlValidatorTest {
    private static final String INVALID = "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>t</title></head>\n"
            + "<body><ul><div>x</div></ul><img src=\"a.png\"></body></html>\n";
    private static final String VALID =
            "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>t</title></head><body><p>« x »</p></body></html>\n";

    @Test
    void givenAnInvalidPage_whenChecked_thenItsErrorsAreReportedWithTheirLine(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("page.html");
        Files.writeString(page, INVALID);

        var errors = HtmlValidator.get().errors(page.toFile());

        assertThat(errors).anyMatch(error -> error.startsWith("line 3:") && error.contains("div"));
        assertThat(errors).anyMatch(error -> error.contains("alt"));
    }

    @Test
    void givenAValidPage_whenChecked_thenNoError(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("page.html");
        Files.writeString(page, VALID);

        assertThat(HtmlValidator.get().errors(page.toFile())).isEmpty();
    }

    @Test
    void givenPagesInMemory_whenChecked_thenTheSameVerdicts() throws Exception {
        assertThat(HtmlValidator.get().errors(INVALID))
                .anyMatch(error -> error.startsWith("line 3:") && error.contains("div"));
        assertThat(HtmlValidator.get().errors(VALID)).isEmpty();
    }
}
