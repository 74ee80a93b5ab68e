package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.pages.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The concierge on a phone 360 pixels wide: signs in by tapping, sees their counters; no page scrolls sideways; the
 * members' screen is refused to them (403) and changes nothing.
 */
@BrowserTest
class BackOfficePhoneIT {
    private final Browser browser;
    private final Team team;

    BackOfficePhoneIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.team = Team.of(browser.site());
        browser.resize(Browser.PHONE);
    }

    @Test
    void givenAConciergeOnAPhone_whenTheySignInByTapping_thenTheirPagesFitAndTheAdminsAreClosedToThem() {
        String concierge = team.member("Camille Téléphone", "COUNTER", "comptoir-tilleuls", "site-entreprise-bailleur");

        SignIn.byHands(browser, browser.touch(), concierge);

        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Comptoir des Tilleuls, Conciergerie d'entreprise du bailleur partenaire");
        assertThat(browser.findAll(By.cssSelector("a[href='/api/backoffice/membres']")))
                .isEmpty();
        assertFitsTheScreen("dashboard");
        browser.open("/api/backoffice/membres");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        assertFitsTheScreen("refusal");
        browser.open(SignIn.PAGE);
        assertFitsTheScreen("sign-in page");
    }

    private void assertFitsTheScreen(String page) {
        PageChecks.assertFitsTheScreen(browser, page);
    }
}
