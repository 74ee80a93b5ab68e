package fr.conciergeriesolidaire.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;

/**
 * What a developer needs to see a failed test's page: a screenshot and the page's source (as the browser holds it
 * then, scripts' changes included) of each browser of the test, under {@code browser-tests/target/failures/<test>/}.
 */
final class FailureReport {
    private static final Path FOLDER = Path.of(System.getProperty("failures.folder", "target/failures"));

    private FailureReport() {}

    /** @param test names of the test, from its class down to its method, made into one folder name */
    static Path save(List<String> test, List<Browser> browsers) {
        Path folder = FOLDER.resolve(
                String.join("/", test.stream().map(FailureReport::fileName).toList()));
        try {
            Files.createDirectories(folder);
            for (int index = 0; index < browsers.size(); index++) {
                Browser browser = browsers.get(index);
                String name = browsers.size() == 1 ? "page" : "page-" + (index + 1);
                save(browser, folder.resolve(name + ".png"), folder.resolve(name + ".html"));
            }
            return folder;
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static void save(Browser browser, Path screenshot, Path source) throws IOException {
        try {
            Files.write(screenshot, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    source,
                    "<!-- " + browser.driver().getCurrentUrl() + " -->\n"
                            + browser.driver().getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (WebDriverException gone) {
            Files.writeString(source, "<!-- the browser could not be read: " + gone.getMessage() + " -->\n");
        }
    }

    private static String fileName(String displayName) {
        String name = displayName.replaceAll("[^\\p{L}\\p{N}_.=-]+", "-").replaceAll("^-+|-+$", "");
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
