package fr.conciergeriesolidaire.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.forms.Confirmation;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.OrderForm;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On a phone 360 pixels wide: no page of any type scrolls sideways (content wider than the screen is cut off or
 * needs scrolling both ways, which many people cannot do), and an order can be placed by tapping.
 */
@BrowserTest
class NarrowScreenIT {
    private final Browser browser;

    NarrowScreenIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        browser.resize(Browser.PHONE);
    }

    static List<SamplePage> pages() {
        return SamplePages.allWithErrors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void givenAPhone_whenAPageOfEachTypeIsShown_thenItDoesNotScrollSideways(SamplePage page) {
        page.openIn(browser);

        long viewport = ((Number) browser.read("return window.innerWidth;")).longValue();
        long content = ((Number) browser.read("return document.documentElement.scrollWidth;")).longValue();
        assertThat(viewport).as("the screen's width").isLessThanOrEqualTo(Browser.PHONE.getWidth());
        assertThat(content).as("width of %s", page).isLessThanOrEqualTo(viewport);
    }

    @Test
    void givenAPhone_whenAResidentOrdersByTapping_thenTheConfirmationShowsTheReference() {
        browser.open(OrderForm.PATH);

        new OrderForm(browser, browser.touch())
                .fill(
                        OrderChoice.at("comptoir-canal", Map.of("lavage-repassage-kilo", 2)),
                        Visitor.named("Gaston", "Mobile"))
                .send();

        Confirmation confirmation = Confirmation.awaited(browser, OrderForm.CONFIRMATION);
        assertThat(confirmation.heading()).isEqualTo("Commande enregistrée");
        assertThat(browser.site().storedItem("OrdersTable", confirmation.reference()))
                .isPresent();
    }
}
