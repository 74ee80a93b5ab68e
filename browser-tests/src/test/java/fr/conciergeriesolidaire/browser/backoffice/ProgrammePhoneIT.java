package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Touch;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The concierge of Le Canal, on a phone 360 pixels wide, creates an event of their neighbourhood by tapping; the
 * runner rebuilds the site from the events table, and the event's public page, the agenda and the neighbourhood page
 * show it. No screen scrolls sideways.
 */
@BrowserTest
class ProgrammePhoneIT {
    private final Browser browser;
    private final Touch touch;
    private final Team team;

    ProgrammePhoneIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.touch = browser.touch();
        this.team = Team.of(browser.site());
        browser.resize(Browser.PHONE);
    }

    @Test
    void givenAConciergeOnAPhone_whenTheyCreateAnEventByTapping_thenThePublicSiteShowsItAfterTheRunnersRebuild() {
        String title = ProgrammeScreens.unique("Atelier tricot");
        LocalDateTime start = ProgrammeScreens.dayToCome(21).atTime(14, 30);
        SignIn.byHands(browser, touch, team.member("Sacha Téléphone", "COUNTER", "comptoir-canal"));

        touch.activate(By.cssSelector("main a[href='" + ProgrammeScreens.EVENTS + "']"));
        ProgrammeScreens.awaitLocation(browser, ProgrammeScreens.EVENTS);
        assertFitsTheScreen("programme");
        touch.activate(By.cssSelector("main a[href='" + ProgrammeScreens.EVENTS + "/nouvelle']"));
        touch.fill(By.id("title"), title)
                .fill(By.id("description"), "Tricoter ensemble des écharpes pour l'hiver.")
                .fill(By.id("body"), "Apportez vos aiguilles : la laine est offerte.")
                .check(By.cssSelector("input[name=neighbourhood][value=canal]"))
                .dateTime(By.id("start"), start)
                .dateTime(By.id("end"), start.plusHours(2))
                .check(By.cssSelector("input[name=accessMotor][value=yes]"));
        assertFitsTheScreen("new event");
        touch.activate(By.cssSelector("main form.form button[type=submit]"));

        String location = ProgrammeScreens.awaitLocation(browser, ProgrammeScreens.EVENTS + "/" + start.toLocalDate());
        assertThat(location).endsWith("?fait=animation-creee");
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).startsWith("L'animation est créée.");
        assertFitsTheScreen("the event's page");
        String slug = location.substring((ProgrammeScreens.EVENTS + "/").length(), location.indexOf('?'));
        assertThat(slug).endsWith("-canal");

        String page = ProgrammeScreens.publicPage(browser.site(), "/agenda/" + slug + "/", title);
        assertThat(page).contains("Tricoter ensemble des écharpes pour l'hiver.", "Handicap moteur");
        ProgrammeScreens.publicPage(browser.site(), "/agenda/", title);
        ProgrammeScreens.publicPage(browser.site(), "/quartiers/canal/", title);
        browser.open("/agenda/" + slug + "/");
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith(title);
        assertFitsTheScreen("the public page");
    }

    private void assertFitsTheScreen(String page) {
        long viewport = ((Number) browser.read("return window.innerWidth;")).longValue();
        long content = ((Number) browser.read("return document.documentElement.scrollWidth;")).longValue();
        assertThat(content).as("width of %s", page).isLessThanOrEqualTo(viewport);
    }
}
