package fr.conciergeriesolidaire.browser.registration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Touch;
import fr.conciergeriesolidaire.browser.backoffice.SignIn;
import fr.conciergeriesolidaire.browser.backoffice.Team;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The team on a phone 360 pixels wide, by tapping: the registrations of a workshop that has begun, then one person
 * marked present, and the participation figures; every page fits the screen and is accessible and valid. Pages of
 * wide tables (the attendance sheet, also checked as it prints, and the figures) fit the phone with their tables
 * scrolling sideways in a focusable region (WCAG 1.4.10 exempts data tables from reflow), but axe cannot decide the
 * contrast of the columns the scroll hides: those pages are scanned at a computer's width.
 */
@BrowserTest
class AttendanceOnPhoneIT {
    private final Browser browser;
    private final Touch touch;

    AttendanceOnPhoneIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.touch = browser.touch();
        browser.resize(Browser.PHONE);
    }

    @Test
    void givenAWorkshopUnderWay_whenTheTeamPrintsTheSheetAndMarksAttendanceOnAPhone_thenEachMarkIsKept() {
        Workshops workshops = new Workshops(browser.site());
        String slug = workshops.publish("presences", 3, 1);
        Residents residents = new Residents(browser.site());
        residents.register(slug, Visitor.named("Anouk", "Presente"));
        residents.register(slug, Visitor.named("Basile", "Absent"));
        workshops.begun(slug);
        String member = Team.of(browser.site()).member("Sacha Équipe", "TEAM");

        SignIn.byHands(browser, touch, member);
        touch.activate(By.cssSelector("nav.bo-nav a[href='/api/backoffice/inscriptions']"));
        check("registrations' events");
        touch.activate(By.xpath("//main//a[normalize-space()='Atelier presences']"));
        check("a workshop's registrations");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Anouk Presente", "Basile Absent");

        touch.activate(By.xpath("//main//a[normalize-space()=\"Feuille d'émargement à imprimer\"]"));
        checkWideTables("attendance sheet");
        browser.resize(Browser.DESKTOP);
        printed(true);
        assertThat(browser.find(By.cssSelector("nav.bo-nav")).isDisplayed())
                .as("no navigation on paper")
                .isFalse();
        assertThat(browser.find(By.cssSelector("table.attendance-sheet")).isDisplayed())
                .isTrue();
        assertThat(browser.find(By.cssSelector("table.attendance-sheet")).getText())
                .contains("Presente", "Anouk", "Absent", "Basile");
        printed(false);
        browser.resize(Browser.PHONE);

        browser.driver().navigate().back();
        touch.activate(By.xpath("//li[contains(., 'Anouk Presente')]//button[@value='yes']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ignored -> browser.location().contains("fait=presence-notee"));
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).isEqualTo("La présence est notée.");
        assertThat(browser.find(By.xpath("//li[contains(., 'Anouk Presente')]")).getText())
                .contains("Présent·e");
        check("a workshop's registrations, attendance marked");

        touch.activate(By.cssSelector("nav.bo-nav a[href='/api/backoffice/participation']"));
        checkWideTables("participation by month and neighbourhood");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Canal");
    }

    private void check(String state) {
        PageChecks.assertFitsTheScreen(browser, state);
        PageChecks.assertAccessibleAndValid(browser, state);
    }

    /** Fits the phone, then accessible and valid at a computer's width, then back on the phone. */
    private void checkWideTables(String state) {
        PageChecks.assertFitsTheScreen(browser, state);
        browser.resize(Browser.DESKTOP);
        PageChecks.assertAccessibleAndValid(browser, state);
        browser.resize(Browser.PHONE);
    }

    /** The page as it prints (CSS media print), or back on the screen. */
    private void printed(boolean print) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }
}
