package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every back-office page in every state a person meets, as the browser shows it: axe-core (WCAG 2.1 A and AA) finds
 * nothing, the Nu Html Checker finds nothing, one {@code h1}, the skip link first and every focus visible. Walked as
 * an admin, then as a concierge for what is refused to them.
 */
@BrowserTest
class BackOfficePagesIT {
    private final Browser browser;
    private final Keyboard keyboard;
    private final Team team;
    private final PageChecks checks;

    BackOfficePagesIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.keyboard = browser.keyboard();
        this.team = Team.of(browser.site());
        this.checks = new PageChecks(browser);
    }

    @Test
    void givenEachPageAndStateThenAxeAndTheHtmlCheckerFindNothingAndEveryFocusShows() throws Exception {
        String admin = team.member("Alix Accessible", "ADMIN");
        browser.open(SignIn.PAGE);
        check("sign-in");
        keyboard.fill(SignIn.EMAIL, "pas-une-adresse");
        keyboard.activate(SignIn.SUBMIT);
        awaitErrors();
        check("sign-in, wrong address");
        int before = browser.site().mailCountTo(admin);
        browser.open(SignIn.PAGE);
        keyboard.fill(SignIn.EMAIL, admin);
        keyboard.activate(SignIn.SUBMIT);
        SignIn.awaitLocation(browser, SignIn.PAGE + "?fait=lien-demande");
        check("sign-in, link asked for");
        String link = SignInLink.next(browser.site(), admin, before);
        browser.open(link);
        check("the link's button");
        keyboard.activate(SignIn.SUBMIT);
        SignIn.awaitLocation(browser, SignIn.DASHBOARD);
        check("dashboard, admin");
        browser.open(link);
        check("a used link");

        browser.open("/api/backoffice/membres");
        check("members");
        browser.open("/api/backoffice/membres/nouveau");
        check("new member");
        keyboard.activate(By.cssSelector("main form.form button[type=submit]"));
        awaitErrors();
        check("new member, errors");
        browser.open("/api/backoffice/membres");
        keyboard.activate(By.xpath("//main//a[normalize-space()='Alix Accessible']"));
        check("member, oneself");
        browser.open("/api/backoffice/membres/inconnu");
        check("unknown member");

        keyboard.activate(By.cssSelector("nav.bo-nav form button"));
        SignIn.awaitLocation(browser, SignIn.PAGE + "?fait=deconnexion");
        check("signed out");

        SignIn.byHands(browser, keyboard, team.member("Camille Accessible", "COUNTER", "comptoir-canal"));
        check("dashboard, concierge");
        browser.open("/api/backoffice/membres");
        check("members, refused to a concierge");
        assertThat(checks.checked()).hasSize(14);
    }

    /** The form came back with its errors (same address or not). */
    private void awaitErrors() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ignored ->
                        !browser.findAll(By.cssSelector("main .error-summary")).isEmpty());
    }

    private void check(String state) throws Exception {
        checks.check(state);
    }
}
