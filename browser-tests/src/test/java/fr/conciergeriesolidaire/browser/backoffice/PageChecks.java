package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.pages.AxeScan;
import fr.conciergeriesolidaire.browser.pages.FocusWalk;
import fr.conciergeriesolidaire.htmlvalidation.HtmlValidator;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;

/**
 * What every back-office page must be in every state, as the browser shows it: one {@code h1}, nothing axe-core (WCAG
 * 2.1 A and AA) or the Nu Html Checker finds, every focus visible. Keeps the names of the states it checked.
 */
final class PageChecks {
    private final Browser browser;
    private final List<String> checked = new ArrayList<>();

    PageChecks(Browser browser) {
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

    /**
     * The page as the browser holds it. Chrome's serialisation leaves out the doctype the page was served with (the
     * served bytes themselves are checked in the functions' page validity tests).
     */
    private String servedHtml() {
        String source = browser.driver().getPageSource();
        return source.regionMatches(true, 0, "<!DOCTYPE", 0, 9) ? source : "<!DOCTYPE html>\n" + source;
    }
}
