package fr.conciergeriesolidaire.browser.pages;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core finds no WCAG 2.1 A or AA violation on a page of each type, on each page the API answers with, nor on
 * each form showing its errors.
 */
@BrowserTest
class AccessibilityScanIT {
    private final Browser browser;

    AccessibilityScanIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
    }

    static List<SamplePage> pages() {
        return SamplePages.allWithErrors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void givenAPageOfEachType_thenAxeFindsNoViolation(SamplePage page) {
        page.openIn(browser);

        AxeScan.assertNoViolation(browser, page.name());
    }
}
