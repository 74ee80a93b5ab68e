package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Touch;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.emulators.SentMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The concierge on a phone 360 pixels wide, by tapping: finds today's and the coming days' orders of their counter on
 * the board, opens one, marks it ready; the customer's e-mail arrives in the mail store, and no page scrolls sideways.
 */
@BrowserTest
class OrderReadyPhoneIT {
    private final Browser browser;
    private final Team team;

    OrderReadyPhoneIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.team = Team.of(browser.site());
        browser.resize(Browser.PHONE);
    }

    @Test
    void givenAConciergeOnAPhone_whenTheyMarkAnOrderReady_thenTheCustomerIsToldByEMail() {
        Visitor customer = Visitor.named("Hugo", "Pret");
        String reference = PartnerOrders.shirts(browser.site(), customer);
        Touch hands = browser.touch();
        SignIn.byHands(browser, hands, team.member("Camille Tournée", "COUNTER", "comptoir-tilleuls"));

        hands.activate(By.cssSelector("nav.bo-nav a[href='/api/backoffice/commandes']"));
        SignIn.awaitLocation(browser, "/api/backoffice/commandes");
        assertFitsTheScreen("board");
        hands.activate(By.cssSelector("main a[href='/api/backoffice/commandes/" + reference + "']"));
        SignIn.awaitLocation(browser, "/api/backoffice/commandes/" + reference);
        assertThat(browser.find(By.tagName("main")).getText()).contains("Hugo Pret", "Reçue");
        assertFitsTheScreen("order");
        int before = browser.site().mailCountTo(customer.email());
        hands.activate(By.cssSelector("main form[action$='/prete'] button"));

        SignIn.awaitLocation(browser, "/api/backoffice/commandes/" + reference + "?fait=commande-prete");
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).startsWith("La commande est prête");
        assertThat(browser.find(By.cssSelector("main .stage")).getText()).isEqualTo("Prête");
        assertFitsTheScreen("order, ready");
        SentMail told = browser.site().nextMailTo(customer.email(), before);
        assertThat(told.subject()).isEqualTo("Votre commande " + reference + " est prête");
    }

    private void assertFitsTheScreen(String page) {
        long viewport = ((Number) browser.read("return window.innerWidth;")).longValue();
        long content = ((Number) browser.read("return document.documentElement.scrollWidth;")).longValue();
        assertThat(content).as("width of %s", page).isLessThanOrEqualTo(viewport);
    }
}
