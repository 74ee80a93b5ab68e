package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.pages.AxeScan;
import fr.conciergeriesolidaire.browser.pages.FocusWalk;
import fr.conciergeriesolidaire.htmlvalidation.HtmlValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page of the team's space and of the partners' links must be, as the browser shows it: axe-core (WCAG 2.1
 * A and AA) finds nothing, the Nu Html Checker finds nothing, one {@code h1}, every focus visible; and the states
 * checked, so that a test can tell it walked them all.
 */
final class ScreenChecks {
    private final Browser browser;
    private final List<String> checked = new ArrayList<>();

    ScreenChecks(Browser browser) {
        this.browser = browser;
    }

    void check(String state) throws Exception {
        assertThat(browser.findAll(By.tagName("h1"))).as("one h1 on %s", state).hasSize(1);
        AxeScan.assertNoViolation(browser, state);
        assertThat(HtmlValidator.get().errors(servedHtml()))
                .as("HTML of %s", state)
                .isEmpty();
        browser.read("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        List<FocusWalk.Stop> stops = FocusWalk.of(browser);
        assertThat(stops).as("tab stops of %s", state).isNotEmpty();
        assertThat(stops)
                .as("every focus of %s shows", state)
                .allSatisfy(stop ->
                        assertThat(stop.focusVisible()).as(stop.toString()).isTrue());
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

    /**
     * The page as the browser holds it. Chrome's serialisation leaves out the doctype the page was served with (the
     * served bytes themselves are checked in the functions' page validity tests).
     */
    private String servedHtml() {
        String source = browser.driver().getPageSource();
        return source.regionMatches(true, 0, "<!DOCTYPE", 0, 9) ? source : "<!DOCTYPE html>\n" + source;
    }
}
