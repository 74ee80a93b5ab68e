package fr.conciergeriesolidaire.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.Spaces;
import fr.conciergeriesolidaire.browser.forms.Confirmation;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.OrderForm;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A resident orders from the home page to the confirmation with the keyboard alone, with and without JavaScript:
 * counter, services, slot, details, consent; the reference shown is the order stored, and its e-mails are sent.
 */
@BrowserTest
@ParameterizedClass
@EnumSource(JavaScript.class)
class OrderJourneyIT {
    private final Browser browser;
    private final Keyboard keyboard;

    OrderJourneyIT(JavaScript javaScript, Browsers browsers) {
        this.browser = browsers.browser(javaScript);
        this.keyboard = browser.keyboard();
    }

    @Test
    void givenTheHomePage_whenAResidentOrdersByKeyboard_thenTheConfirmationShowsTheStoredOrdersReference() {
        Visitor visitor = Visitor.named("Alice", browser.javaScript().enabled() ? "Scriptée" : "Sansscript");
        OrderChoice choice = OrderChoice.at("comptoir-tilleuls", Map.of("repassage-chemise", 3, "talons", 1));

        browser.open("/");
        keyboard.activate(By.cssSelector("nav a[href='" + OrderForm.PATH + "']"));
        assertThat(browser.location()).isEqualTo(OrderForm.PATH);
        OrderForm form = new OrderForm(browser, keyboard).fill(choice, visitor);
        if (browser.javaScript().enabled()) {
            assertThat(Spaces.plain(browser.find(By.id("total")).getText()))
                    .as("the estimated total, from the catalogue's prices")
                    .endsWith(Spaces.plain(FrenchFormat.price(choice.totalCents())));
        } else {
            assertThat(browser.find(By.id("total")).isDisplayed())
                    .as("no script, no estimate")
                    .isFalse();
        }
        form.send();

        Confirmation confirmation = Confirmation.awaited(browser, OrderForm.CONFIRMATION);
        assertThat(confirmation.heading()).isEqualTo("Commande enregistrée");
        assertThat(browser.title()).contains(confirmation.reference());
        Map<String, AttributeValue> stored = browser.site()
                .storedItem("OrdersTable", confirmation.reference())
                .orElseThrow();
        assertThat(stored.get("counterId").s()).isEqualTo(choice.counter().id());
        assertThat(stored.get("slotDate").s()).isEqualTo(choice.date().toString());
        assertThat(Long.parseLong(stored.get("totalCents").n())).isEqualTo(choice.totalCents());
        assertThat(stored).as("erased when its retention ends").containsKey("expiresAt");
        // The resident, the team and each partner concerned.
        List<SentMail> mails = browser.site().mailsAbout(confirmation.reference(), 2 + (int) choice.partners());
        assertThat(mails).hasSize(2 + (int) choice.partners());
        assertThat(mails).anySatisfy(mail -> assertThat(mail.to()).containsExactly(visitor.email()));
    }
}
