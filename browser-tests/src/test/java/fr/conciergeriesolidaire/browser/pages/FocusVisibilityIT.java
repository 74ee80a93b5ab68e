package fr.conciergeriesolidaire.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * With the keyboard, on a page of each type: the first Tab reaches the skip link, shown on screen, and Enter on it
 * moves the focus to the main content; every tab stop then shows its focus (an outline or a shadow, on screen).
 */
@BrowserTest
class FocusVisibilityIT {
    private final Browser browser;
    private final Keyboard keyboard;

    FocusVisibilityIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.keyboard = browser.keyboard();
    }

    static List<SamplePage> pages() {
        return SamplePages.allWithErrors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void givenAPageOfEachType_whenTabbedThrough_thenTheSkipLinkComesFirstAndEveryFocusShows(SamplePage page) {
        page.openIn(browser);
        // A form showing its errors has moved the focus to their summary: the walk starts from there.
        boolean fromTheTop = keyboard.focused().equals(browser.find(By.tagName("body")));

        List<FocusWalk.Stop> stops = FocusWalk.of(browser);

        assertThat(stops).as("tab stops of %s", page).isNotEmpty();
        if (fromTheTop) {
            assertThat(stops.get(0).element()).as("first tab stop").isEqualTo("a[href=#contenu]");
        }
        assertThat(stops)
                .as("every focus of %s shows", page)
                .allSatisfy(stop ->
                        assertThat(stop.focusVisible()).as(stop.toString()).isTrue());

        keyboard.tabTo(By.cssSelector("a.skip-link"));
        keyboard.enter();
        WebElement main = browser.find(By.tagName("main"));
        assertThat(keyboard.focused())
                .as("the skip link moves the focus to the main content")
                .isEqualTo(main);
    }
}
