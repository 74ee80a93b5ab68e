package fr.conciergeriesolidaire.browser.registration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident who cannot come follows the private link of their confirmation e-mail, without JavaScript and by
 * keyboard, and presses the one button: their registration is cancelled, and the first person on the waiting list is
 * confirmed and receives the e-mail saying a place freed for them (read from the mail store).
 */
@BrowserTest
class CancellationByLinkIT {
    private static final Pattern LINK =
            Pattern.compile("\\((https?://[^)\\s]+/api/registrations/cancellation\\?[^)\\s]+)\\)");

    private final Browser plain;
    private final Browser scripted;

    CancellationByLinkIT(Browsers browsers) {
        this.plain = browsers.browser(JavaScript.DISABLED);
        this.scripted = browsers.browser(JavaScript.ENABLED);
    }

    @Test
    void givenAFullWorkshop_whenSomeoneCancelsByTheirLink_thenTheNextPersonIsConfirmedAndTold() {
        String slug = new Workshops(plain.site()).publish("annulation", 1, 1);
        Residents residents = new Residents(plain.site());
        Visitor leaving = Visitor.named("Gaston", "Empeche");
        Visitor waiting = Visitor.named("Rose", "Patiente");
        residents.register(slug, leaving);
        residents.register(slug, waiting);
        assertThat(plain.site().nextMailTo(waiting.email(), 0).subject()).startsWith("Liste d'attente");
        String link = cancelLink(plain.site().nextMailTo(leaving.email(), 0));

        scripted.open(link);
        PageChecks.assertAccessibleAndValid(scripted, "cancellation link's page");
        plain.open(link);
        assertThat(plain.find(By.tagName("h1")).getText()).isEqualTo("Annuler mon inscription");
        Keyboard keyboard = plain.keyboard();
        keyboard.activate(By.cssSelector("main form button[type=submit]"));

        new WebDriverWait(plain.driver(), Duration.ofSeconds(15))
                .until(ignored -> plain.find(By.tagName("main")).getText().contains("Votre inscription est annulée"));
        scripted.open(link);
        PageChecks.assertAccessibleAndValid(scripted, "cancellation link's page once cancelled");
        SentMail promoted = plain.site().nextMailTo(waiting.email(), 1);
        assertThat(promoted.subject()).isEqualTo("Une place s'est libérée\u00a0: Atelier annulation");
        assertThat(promoted.text()).contains("Votre inscription est maintenant confirmée");
    }

    private static String cancelLink(SentMail mail) {
        Matcher found = LINK.matcher(mail.text());
        assertThat(found.find()).as(mail.text()).isTrue();
        URI link = URI.create(found.group(1));
        return link.getRawPath() + "?" + link.getRawQuery();
    }
}
