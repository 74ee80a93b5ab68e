package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.emulators.SentMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * A partner, by keyboard, with and without JavaScript, without an account: opens the private link of its e-mail
 * (found in the mail store), declines its line with a reason; the customer is told by e-mail, with the reason.
 */
@BrowserTest
@ParameterizedClass
@EnumSource(JavaScript.class)
class PartnerDeclineIT {
    private final Browser browser;
    private final Keyboard keyboard;

    PartnerDeclineIT(JavaScript javaScript, Browsers browsers) {
        this.browser = browsers.browser(javaScript);
        this.keyboard = browser.keyboard();
    }

    @Test
    void givenThePartnersLinkFromItsEMail_whenItDeclinesALine_thenTheCustomerIsToldWithTheReason() {
        Visitor customer = Visitor.named("Iris", browser.javaScript().enabled() ? "Dupuis" : "Sansscript");
        String reference = PartnerOrders.shirts(browser.site(), customer);
        String link = PartnerOrders.linkTo(browser.site(), reference);

        browser.open(link);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Commande " + reference);
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Iris", "3 × Repassage d'une chemise")
                .doesNotContain(customer.lastName(), customer.email());
        int before = browser.site().mailCountTo(customer.email());
        keyboard.fill(By.cssSelector("main textarea[name=reason]"), "Machine en panne jusqu'à lundi");
        keyboard.activate(By.cssSelector("main button[value=refuse]"));

        SignIn.awaitLocation(browser, link + "?fait=service-refuse");
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText())
                .contains("vous avez refusé ce service");
        assertThat(browser.find(By.cssSelector("main .line-status")).getText()).isEqualTo("refusée");
        SentMail told = browser.site().nextMailTo(customer.email(), before);
        assertThat(told.subject()).isEqualTo("Commande " + reference + "\u00a0: un service ne pourra pas être réalisé");
        assertThat(told.text()).contains("Motif\u00a0: Machine en panne jusqu'à lundi");
    }
}
