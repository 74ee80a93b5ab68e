package fr.conciergeriesolidaire.browser.registration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Spaces;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two residents want the last place of a workshop: the second one's page said one place was left when they began
 * filling the form, but the first one sent theirs first. The second is told, on the page, their place on the waiting
 * list, and the page now says the workshop is full.
 */
@BrowserTest
class LastPlaceRaceIT {
    private final Browser browser;

    LastPlaceRaceIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
    }

    @Test
    void givenOnePlaceLeft_whenSomeoneElseTakesItWhileTheResidentFillsTheForm_thenTheyAreToldTheirPlaceInLine() {
        String slug = new Workshops(browser.site()).publish("derniere-place", 1, 1);
        browser.open(Workshops.page(slug));
        awaitText(RegistrationForm.PLACES_LEFT, "Il reste une seule place sur 1.");

        new Residents(browser.site()).register(slug, Visitor.named("Prosper", "Rapide"));
        new RegistrationForm(browser, browser.keyboard()).register(Visitor.named("Lola", "Second"), 1);

        awaitText(RegistrationForm.DONE, "Vous êtes sur la liste d'attente, en position 1");
        awaitText(RegistrationForm.PLACES_LEFT, "Complet : toutes les places sont prises. 1 personne(s)");
        assertThat(browser.find(By.cssSelector(".registration__full")).isDisplayed())
                .isTrue();
        PageChecks.assertAccessibleAndValid(browser, "event page after the last place went to someone else");
        assertThat(browser.site()
                        .nextMailTo(Visitor.named("Lola", "Second").email(), 0)
                        .subject())
                .isEqualTo("Liste d'attente\u00a0: Atelier derniere-place");
    }

    private void awaitText(By element, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage(() -> "still: " + browser.find(element).getText())
                .until(ignored -> Spaces.plain(browser.find(element).getText()).contains(text));
    }
}
