package fr.conciergeriesolidaire.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.Keyboard;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How a refused form tells what is wrong. With JavaScript: a summary at the top of the form, focused and announced
 * (role alert), linking to each field, and each message under its field, tied to it (aria-describedby) with the
 * field marked invalid. Without: the server's page, announced the same way, linking to each field of the form.
 */
final class ErrorAnnouncements {
    private static final Duration ANSWER = Duration.ofSeconds(15);
    private static final By SUMMARY = By.id("erreurs");

    private final Browser browser;
    private final Keyboard keyboard;

    ErrorAnnouncements(Browser browser) {
        this.browser = browser;
        this.keyboard = browser.keyboard();
    }

    /** Waits for the refusal to show: the summary on the form, or the server's page. */
    void awaitRefusal(String formPath) {
        new WebDriverWait(browser.driver(), ANSWER)
                .withMessage(() -> "no refusal shown; the browser shows " + browser.location())
                .until(driver -> browser.javaScript().enabled()
                        ? browser.find(SUMMARY).isDisplayed()
                        : !browser.location().equals(formPath)
                                && browser.find(By.tagName("h1")).getText().startsWith("Erreurs"));
    }

    /** The refusal names exactly {@code fields} (ids of the form's fields, as the API names them), in that order. */
    void check(String formPath, List<String> fields) {
        awaitRefusal(formPath);
        if (browser.javaScript().enabled()) {
            checkSummaryOnTheForm(fields);
        } else {
            checkServersPage(formPath, fields);
        }
    }

    private void checkSummaryOnTheForm(List<String> fields) {
        WebElement summary = browser.find(SUMMARY);
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(keyboard.focused()).as("the summary has the focus").isEqualTo(summary);
        List<WebElement> links = summary.findElements(By.tagName("a"));
        assertThat(links).extracting(link -> link.getAttribute("hash")).containsExactlyElementsOf(fragments(fields));
        for (int index = 0; index < fields.size(); index++) {
            String field = fields.get(index);
            WebElement message = browser.find(By.id("erreur-" + field));
            assertThat(message.isDisplayed()).isTrue();
            assertThat(message.getText())
                    .isNotBlank()
                    .isEqualTo(links.get(index).getText());
            WebElement control = browser.find(By.id(field));
            assertThat(control.getAttribute("aria-describedby"))
                    .as("%s is described by its error", field)
                    .contains("erreur-" + field);
            if (!"fieldset".equals(control.getTagName())) {
                assertThat(control.getAttribute("aria-invalid"))
                        .as("%s is marked invalid", field)
                        .isEqualTo("true");
            }
            keyboard.tabTo(By.cssSelector("#erreurs a[href='#" + field + "']"));
            keyboard.enter();
            assertThat(Keyboard.describe(keyboard.focused()))
                    .as("the summary's link leads to its field")
                    .isEqualTo(Keyboard.describe(control));
        }
    }

    private void checkServersPage(String formPath, List<String> fields) {
        String heading = browser.find(By.tagName("h1")).getText();
        assertThat(browser.title()).startsWith(heading);
        WebElement alert = browser.find(By.cssSelector("main [role=alert]"));
        List<WebElement> links = alert.findElements(By.tagName("a"));
        assertThat(links)
                .extracting(link -> URI.create(link.getAttribute("href")).getRawPath())
                .containsOnly(formPath);
        assertThat(links).extracting(link -> link.getAttribute("hash")).containsExactlyElementsOf(fragments(fields));

        // Following a link by keyboard opens the form with the focus on the field...
        keyboard.activate(By.cssSelector("main [role=alert] a"));
        assertFocusOn(formPath, fields.get(0));
        // ...and so does each other link.
        for (String field : fields.subList(1, fields.size())) {
            browser.open("/");
            browser.open(formPath + "#" + field);
            assertFocusOn(formPath, field);
        }
    }

    private void assertFocusOn(String formPath, String field) {
        assertThat(browser.location()).isEqualTo(formPath);
        String expected = Keyboard.describe(browser.find(By.id(field)));
        // The page's script moves the focus once the page has loaded, which may be just after Selenium returns.
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
                    .until(driver -> Keyboard.describe(keyboard.focused()).equals(expected));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            // reported by the assertion below, with what has the focus instead
        }
        assertThat(Keyboard.describe(keyboard.focused())).isEqualTo(expected);
    }

    private static List<String> fragments(List<String> fields) {
        return fields.stream().map(field -> "#" + field).toList();
    }
}
