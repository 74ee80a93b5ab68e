package fr.conciergeriesolidaire.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.htmlvalidation.HtmlValidator;
import java.util.List;
import org.openqa.selenium.By;

/**
 * What every page a person meets must pass, in the state the browser shows it: one {@code h1}, the Nu Html Checker
 * finds nothing, and, where scripts run (axe-core and the focus recorder are scripts), axe (WCAG 2.1 A and AA) finds
 * nothing and every focus along the Tab order is visible.
 */
public final class PageChecks {
    private PageChecks() {}

    public static void assertAccessibleAndValid(Browser browser, String state) throws Exception {
        assertThat(browser.findAll(By.tagName("h1"))).as("one h1 on %s", state).hasSize(1);
        assertThat(HtmlValidator.get().errors(servedHtml(browser)))
                .as("HTML of %s", state)
                .isEmpty();
        if (!browser.javaScript().enabled()) {
            return;
        }
        AxeScan.assertNoViolation(browser, state);
        browser.read("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        List<FocusWalk.Stop> stops = FocusWalk.of(browser);
        assertThat(stops).as("tab stops of %s", state).isNotEmpty();
        assertThat(stops)
                .as("every focus of %s shows", state)
                .allSatisfy(stop ->
                        assertThat(stop.focusVisible()).as(stop.toString()).isTrue());
    }

    /** No page scrolls sideways on the narrowest phone the site serves. */
    public static void assertFitsTheScreen(Browser browser, String state) {
        long viewport = ((Number) browser.read("return window.innerWidth;")).longValue();
        long content = ((Number) browser.read("return document.documentElement.scrollWidth;")).longValue();
        assertThat(viewport).isLessThanOrEqualTo(Browser.PHONE.getWidth());
        assertThat(content).as("width of %s", state).isLessThanOrEqualTo(viewport);
    }

    /**
     * The page as the browser holds it. Chrome's serialisation leaves out the doctype the page was served with (the
     * served bytes themselves are checked by the functions' tests).
     */
    private static String servedHtml(Browser browser) {
        String source = browser.driver().getPageSource();
        return source.regionMatches(true, 0, "<!DOCTYPE", 0, 9) ? source : "<!DOCTYPE html>\n" + source;
    }
}
