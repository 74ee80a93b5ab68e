package fr.conciergeriesolidaire.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.Spaces;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A resident finds their neighbourhood's programme from the home page with the keyboard alone, with and without
 * JavaScript, subscribes to its calendar, and opens an event of it with its own calendar entry.
 */
@BrowserTest
@ParameterizedClass
@EnumSource(JavaScript.class)
class ProgrammeJourneyIT {
    private static final String NEIGHBOURHOODS = "/quartiers/";
    private static final String TILLEULS = "/quartiers/tilleuls/";
    private static final By UPCOMING = By.cssSelector("section[aria-labelledby=a-venir] .event__title a");

    private final Browser browser;
    private final Keyboard keyboard;

    ProgrammeJourneyIT(JavaScript javaScript, Browsers browsers) {
        this.browser = browsers.browser(javaScript);
        this.keyboard = browser.keyboard();
    }

    @Test
    void givenTheHomePage_whenAResidentLooksForTheirNeighbourhood_thenTheProgrammeAndItsCalendarAreThere() {
        browser.open("/");
        keyboard.activate(By.cssSelector("nav a[href='" + NEIGHBOURHOODS + "']"));
        keyboard.activate(By.cssSelector("main a[href='" + TILLEULS + "']"));

        assertThat(browser.location()).isEqualTo(TILLEULS);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Quartier des Tilleuls");
        List<String> programme = browser.findAll(UPCOMING).stream()
                .map(link -> Spaces.plain(link.getText()))
                .toList();
        assertThat(programme).as("upcoming events").isNotEmpty();
        WebElement calendarLink = keyboard.tabTo(By.cssSelector("main a[href='" + TILLEULS + "agenda.ics']"));
        assertThat(calendarLink.getText()).contains("calendrier");
        List<String> calendar = CalendarFeed.summaries(calendarLink.getAttribute("href")).stream()
                .map(Spaces::plain)
                .toList();
        // The calendar's summaries add the status a calendar application cannot show otherwise: "(annulé)"
        assertThat(programme)
                .allSatisfy(event -> assertThat(calendar)
                        .anySatisfy(summary -> assertThat(summary).startsWith(event)));
    }

    @Test
    void givenTheProgramme_whenAResidentOpensAnEvent_thenItsPageAndItsOwnCalendarEntryAreThere() {
        browser.open(TILLEULS);
        WebElement first = browser.findAll(UPCOMING).get(0);
        String title = first.getText();
        String eventPath = first.getDomProperty("pathname");

        keyboard.activate(By.cssSelector("main a[href='" + eventPath + "']"));

        assertThat(browser.location()).isEqualTo(eventPath);
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith(title);
        WebElement entry = keyboard.tabTo(By.cssSelector("main a[href='" + eventPath + "evenement.ics']"));
        assertThat(CalendarFeed.summaries(entry.getAttribute("href")))
                .singleElement()
                .satisfies(summary -> assertThat(Spaces.plain(summary)).startsWith(Spaces.plain(title)));
    }
}
