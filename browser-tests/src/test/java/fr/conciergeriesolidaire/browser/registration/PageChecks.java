package fr.conciergeriesolidaire.browser.registration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.pages.AxeScan;
import fr.conciergeriesolidaire.htmlvalidation.HtmlValidator;
import org.openqa.selenium.By;

/** A page as the browser shows it: one {@code h1}, nothing axe-core (WCAG 2.1 A, AA) or the Nu Html Checker finds. */
final class PageChecks {
    private PageChecks() {}

    static void assertAccessibleAndValid(Browser browser, String state) {
        assertThat(browser.findAll(By.tagName("h1"))).as("one h1 on %s", state).hasSize(1);
        AxeScan.assertNoViolation(browser, state);
        try {
            assertThat(HtmlValidator.get().errors(servedHtml(browser)))
                    .as("HTML of %s", state)
                    .isEmpty();
        } catch (Exception checkerFailure) {
            throw new AssertionError("The HTML checker failed on " + state, checkerFailure);
        }
    }

    /** No sideways scrolling: the page fits the phone's width. */
    static void assertFitsTheScreen(Browser browser, String state) {
        long viewport = ((Number) browser.read("return window.innerWidth;")).longValue();
        long content = ((Number) browser.read("return document.documentElement.scrollWidth;")).longValue();
        assertThat(viewport).isLessThanOrEqualTo(Browser.PHONE.getWidth());
        assertThat(content).as("width of %s", state).isLessThanOrEqualTo(viewport);
    }

    /** Chrome's serialisation leaves out the doctype the page was served with. */
    private static String servedHtml(Browser browser) {
        String source = browser.driver().getPageSource();
        return source.regionMatches(true, 0, "<!DOCTYPE", 0, 9) ? source : "<!DOCTYPE html>\n" + source;
    }
}
