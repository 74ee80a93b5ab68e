package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.Hands;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member signs in as a person does: the sign-in page, their address, the link from the e-mail (read from the mail
 * store), the button; by keyboard or by tapping.
 */
public final class SignIn {
    public static final String PAGE = "/api/backoffice/connexion";
    public static final String DASHBOARD = "/api/backoffice/tableau-de-bord";
    static final By EMAIL = By.id("email");
    static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    private SignIn() {}

    /** From the sign-in page to the dashboard; the link's path, for tests that follow it again. */
    public static String byHands(Browser browser, Hands hands, String address) {
        int before = browser.site().mailCountTo(address);
        browser.open(PAGE);
        hands.fill(EMAIL, address);
        hands.activate(SUBMIT);
        awaitLocation(browser, PAGE + "?fait=lien-demande");
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText())
                .startsWith("Si cette adresse est celle d'un membre de l'équipe");
        String link = SignInLink.next(browser.site(), address, before);
        browser.open(link);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ouvrir votre session");
        hands.activate(SUBMIT);
        awaitLocation(browser, DASHBOARD);
        return link;
    }

    public static void awaitLocation(Browser browser, String location) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage(() -> "still at " + browser.location() + ", expected " + location)
                .until(ignored -> browser.location().equals(location));
    }
}
