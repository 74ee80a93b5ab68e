package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * An admin, by keyboard alone, with and without JavaScript: signs in by following the link from the mail store, adds
 * a concierge to the team, then signs out; the session's cookie opens nothing any more, and a used link neither.
 */
@BrowserTest
@ParameterizedClass
@EnumSource(JavaScript.class)
class BackOfficeJourneyIT {
    private final Browser browser;
    private final Keyboard keyboard;
    private final Team team;

    BackOfficeJourneyIT(JavaScript javaScript, Browsers browsers) {
        this.browser = browsers.browser(javaScript);
        this.keyboard = browser.keyboard();
        this.team = Team.of(browser.site());
    }

    @Test
    void givenAnAdmin_whenTheySignInAndAddAConciergeByKeyboard_thenTheTeamHasThemAndSigningOutEndsTheSession() {
        String admin = team.member("Alix " + browser.javaScript().name().charAt(0), "ADMIN");

        String link = SignIn.byHands(browser, keyboard, admin);

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
        keyboard.activate(By.cssSelector("main a[href='/api/backoffice/membres']"));
        SignIn.awaitLocation(browser, "/api/backoffice/membres");
        keyboard.activate(By.cssSelector("main a[href='/api/backoffice/membres/nouveau']"));
        String concierge = "concierge-" + browser.javaScript().name().toLowerCase() + "@exemple.fr";
        keyboard.fill(By.id("email"), concierge);
        keyboard.fill(By.id("name"), "Camille Comptoir");
        keyboard.check(By.cssSelector("input[name=role][value=COUNTER]"));
        keyboard.check(By.cssSelector("input[name='counter.comptoir-canal']"));
        keyboard.activate(By.cssSelector("main form.form button[type=submit]"));
        SignIn.awaitLocation(browser, "/api/backoffice/membres?fait=membre-ajoute");
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).startsWith("Le membre est ajouté.");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Camille Comptoir", concierge, "Comptoir du Canal");

        keyboard.activate(By.cssSelector("nav.bo-nav form button"));
        SignIn.awaitLocation(browser, SignIn.PAGE + "?fait=deconnexion");
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).isEqualTo("Vous êtes déconnecté·e.");
        browser.open(SignIn.DASHBOARD);
        assertThat(browser.find(By.tagName("body")).getText())
                .as("no session, no page")
                .contains("Unauthorized");
        browser.open(link);
        assertThat(browser.find(By.tagName("h1")).getText()).as("a used link").isEqualTo("Ce lien ne fonctionne plus");
    }
}
