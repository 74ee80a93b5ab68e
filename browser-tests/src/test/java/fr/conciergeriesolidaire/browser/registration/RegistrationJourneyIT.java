package fr.conciergeriesolidaire.browser.registration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.Spaces;
import fr.conciergeriesolidaire.browser.forms.Confirmation;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A resident registers for a workshop from its page with the keyboard alone, with and without JavaScript. Without,
 * the form posts and the API's page says the registration is confirmed; with, the page shows the places left (asked
 * of the API, the static page cannot know them), then the answer, and the places left change. The registration is
 * stored, its e-mail sent, and every page met is accessible and valid.
 */
@BrowserTest
@ParameterizedClass
@EnumSource(JavaScript.class)
class RegistrationJourneyIT {
    private static final Pattern REFERENCE = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}");

    private final Browser browser;
    private final Browsers browsers;
    private final Keyboard keyboard;

    RegistrationJourneyIT(JavaScript javaScript, Browsers browsers) {
        this.browsers = browsers;
        this.browser = browsers.browser(javaScript);
        this.keyboard = browser.keyboard();
    }

    @Test
    void givenAWorkshopPage_whenAResidentRegistersByKeyboard_thenTheyAreConfirmedStoredAndTold() {
        boolean scripted = browser.javaScript().enabled();
        String slug = new Workshops(browser.site()).publish(scripted ? "avec-script" : "sans-script", 3, 2);
        Visitor visitor = Visitor.named("Inès", scripted ? "Scriptée" : "Sansscript");

        browser.open(Workshops.page(slug));
        if (scripted) {
            awaitText(RegistrationForm.PLACES_LEFT, "Places restantes : 3 sur 3.");
            PageChecks.assertAccessibleAndValid(browser, "event page with its registration form");
        } else {
            assertThat(browser.find(RegistrationForm.PLACES_LEFT).isDisplayed())
                    .as("no script, no places left")
                    .isFalse();
        }
        new RegistrationForm(browser, keyboard).register(visitor, 2);

        String reference;
        if (scripted) {
            awaitText(RegistrationForm.DONE, "Votre inscription est confirmée");
            assertThat(browser.location())
                    .as("the answer is on the event's page")
                    .isEqualTo(Workshops.page(slug));
            assertThat(keyboard.focused().getAttribute("id")).isEqualTo("inscription-resultat");
            awaitText(RegistrationForm.PLACES_LEFT, "Il reste une seule place sur 3.");
            PageChecks.assertAccessibleAndValid(browser, "event page after registering");
            Matcher found =
                    REFERENCE.matcher(browser.find(RegistrationForm.DONE).getText());
            assertThat(found.find()).isTrue();
            reference = found.group();
        } else {
            Confirmation confirmation = Confirmation.awaited(browser, RegistrationForm.CONFIRMATION);
            assertThat(confirmation.heading()).isEqualTo("Inscription confirmée");
            assertThat(Spaces.plain(confirmation.text())).contains("2 place(s)").doesNotContain(visitor.lastName());
            reference = confirmation.reference();
            Browser checker = browsers.browser(JavaScript.ENABLED);
            checker.open(confirmation.location());
            PageChecks.assertAccessibleAndValid(checker, "registration's page after a plain form post");
            checker.open(Workshops.page(slug));
            checker.submitPlainly(By.id("formulaire-inscription"));
            PageChecks.assertAccessibleAndValid(checker, "registration refused without JavaScript");
        }

        Map<String, AttributeValue> stored =
                browser.site().storedItem("RegistrationsTable", reference).orElseThrow();
        assertThat(stored.get("status").s()).isEqualTo("CONFIRMED");
        assertThat(stored.get("places").n()).isEqualTo("2");
        assertThat(stored.get("accessNeeds").s()).isEqualTo("Je viens avec une poussette.");
        SentMail mail = browser.site().nextMailTo(visitor.email(), 0);
        assertThat(mail.subject())
                .isEqualTo("Inscription confirmée\u00a0: Atelier " + (scripted ? "avec-script" : "sans-script"));
        assertThat(mail.text()).contains(reference, "/agenda/" + slug + "/evenement.ics", "jeton=");
    }

    private void awaitText(By element, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage(() -> "still: " + browser.find(element).getText())
                .until(ignored -> Spaces.plain(browser.find(element).getText()).contains(text));
    }
}
