package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.browser.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The confirmation page a form leads to, with or without JavaScript: the reference in bold in the text. */
public record Confirmation(String location, String reference, String heading, String text) {
    private static final Duration ARRIVAL = Duration.ofSeconds(15);

    /** Waits for the browser to land on {@code path}, then reads the page. */
    public static Confirmation awaited(Browser browser, String path) {
        new WebDriverWait(browser.driver(), ARRIVAL)
                .withMessage(() -> "no confirmation page; the browser shows " + browser.location() + ": "
                        + browser.find(By.tagName("main")).getText())
                .until(driver -> browser.location().startsWith(path + "?reference="));
        return new Confirmation(
                browser.location(),
                browser.find(By.cssSelector("main strong")).getText(),
                browser.find(By.tagName("h1")).getText(),
                browser.find(By.tagName("main")).getText());
    }
}
