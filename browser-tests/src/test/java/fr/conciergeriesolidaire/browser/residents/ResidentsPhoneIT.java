package fr.conciergeriesolidaire.browser.residents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Touch;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.Submissions;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.browser.pages.PageChecks;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A resident on a phone 360 pixels wide, by tapping: the follow-up page and its cancellation, then "Mes données"
 * from the request to the erasure; no page scrolls sideways.
 */
@BrowserTest
class ResidentsPhoneIT {
    private final Browser browser;
    private final Touch touch;

    ResidentsPhoneIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.touch = browser.touch();
        browser.resize(Browser.PHONE);
    }

    @Test
    void givenAResidentOnAPhone_whenTheyFollowCancelAndEraseByTapping_thenEveryPageFitsTheScreen() {
        Visitor visitor = Visitor.named("Tiphaine", "Telephone");
        OrderChoice choice = OrderChoice.at("comptoir-tilleuls", Map.of("repassage-chemise", 4, "talons", 1));
        String followUp = Submissions.orderFollowUp(browser.site(), choice, visitor);
        String reference = followUp.replaceAll(".*reference=([^&]+).*", "$1");
        browser.site().mailsAbout(reference, 2 + (int) choice.partners());

        browser.open(followUp);
        PageChecks.assertFitsTheScreen(browser, "follow-up");
        touch.activate(By.xpath("//main//a[normalize-space()='Annuler la commande…']"));
        ResidentPages.awaitLocation(browser, ResidentPages.FOLLOW_UP + "/annulation");
        PageChecks.assertFitsTheScreen(browser, "cancellation, confirm step");
        touch.activate(By.xpath("//main//button[normalize-space()='Oui, annuler la commande']"));
        ResidentPages.awaitLocation(browser, ResidentPages.FOLLOW_UP + "?reference=");
        assertThat(ResidentPages.main(browser)).contains("Vous avez annulé la commande");
        PageChecks.assertFitsTheScreen(browser, "follow-up, cancelled");

        browser.open(ResidentPages.MY_DATA_FORM);
        PageChecks.assertFitsTheScreen(browser, "Mes données, the form");
        int before = browser.site().mailCountTo(visitor.email());
        touch.fill(By.id("email"), visitor.email());
        touch.activate(By.cssSelector("#mes-donnees button[type=submit]"));
        ResidentPages.awaitLocation(browser, ResidentPages.MY_DATA_REQUESTED);
        PageChecks.assertFitsTheScreen(browser, "Mes données, link asked for");
        browser.open(ResidentPages.myDataLink(browser.site().nextMailTo(visitor.email(), before)));
        PageChecks.assertFitsTheScreen(browser, "Mes données, the list");
        touch.activate(By.xpath("//main//a[normalize-space()='Effacer toutes mes données…']"));
        ResidentPages.awaitLocation(browser, "/api/mes-donnees/effacement");
        PageChecks.assertFitsTheScreen(browser, "Mes données, confirm step");
        touch.activate(By.xpath("//main//button[normalize-space()='Effacer définitivement toutes mes données']"));
        ResidentPages.awaitLocation(browser, ResidentPages.MY_DATA_ERASED);
        PageChecks.assertFitsTheScreen(browser, "Mes données, all erased");
        assertThat(browser.site().storedItem("OrdersTable", reference)).isEmpty();
    }
}
