package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.pages.PageChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages of the team's space and of the partners' links checked as every page ({@link PageChecks}), nothing
 * scrolling sideways at the window's width (360 pixels on a phone), and the states checked, so that a test can tell it
 * walked them all.
 */
final class ScreenChecks {
    private final Browser browser;
    private final List<String> checked = new ArrayList<>();

    ScreenChecks(Browser browser) {
        this.browser = browser;
    }

    void check(String state) throws Exception {
        PageChecks.assertAccessibleAndValid(browser, state);
        long viewport = ((Number) browser.read("return window.innerWidth;")).longValue();
        long content = ((Number) browser.read("return document.documentElement.scrollWidth;")).longValue();
        assertThat(content).as("width of %s", state).isLessThanOrEqualTo(viewport);
        checked.add(state);
    }

    List<String> checked() {
        return List.copyOf(checked);
    }

    /** The form came back with its errors. */
    void awaitErrors() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ignored ->
                        !browser.findAll(By.cssSelector("main .error-summary")).isEmpty());
    }
}
