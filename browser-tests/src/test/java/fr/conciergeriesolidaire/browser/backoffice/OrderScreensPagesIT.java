package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of the orders' screens and of a partner's link, in every state a person meets, as the browser shows it:
 * axe-core and the Nu Html Checker find nothing, one {@code h1}, every focus visible. Walked as a member of the team,
 * then as a partner from its e-mail's link.
 */
@BrowserTest
class OrderScreensPagesIT {
    private static final String ORDERS = "/api/backoffice/commandes";

    private final Browser browser;
    private final Keyboard keyboard;
    private final Team team;
    private final ScreenChecks checks;

    OrderScreensPagesIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.keyboard = browser.keyboard();
        this.team = Team.of(browser.site());
        this.checks = new ScreenChecks(browser);
    }

    @Test
    void givenEachPageAndStateThenAxeAndTheHtmlCheckerFindNothingAndEveryFocusShows() throws Exception {
        SignIn.byHands(browser, keyboard, team.member("Dominique Accessible", "TEAM"));
        browser.open(ORDERS + "?du=" + LocalDate.now(RunningSite.CLOCK).plusDays(200) + "&jours=1");
        checks.check("board, empty");
        String ready = PartnerOrders.shirts(browser.site(), Visitor.named("Jeanne", "Accessible"));
        String cancelled = PartnerOrders.shirts(browser.site(), Visitor.named("Karim", "Accessible"));
        String answered = PartnerOrders.shirts(browser.site(), Visitor.named("Lou", "Accessible"));

        browser.open(ORDERS + "?jours=14");
        checks.check("board, full");
        browser.open(ORDERS + "?du=demain&statut=perdue");
        checks.check("board, wrong filters");
        browser.open("/api/backoffice/tournee?comptoir=comptoir-tilleuls&du="
                + OrderChoice.at("comptoir-tilleuls", Map.of("repassage-chemise", 3))
                        .date());
        checks.check("round sheet");
        assertPrintsInLargeTypeWithoutTheTeamsTools();

        browser.open(ORDERS + "/" + ready);
        checks.check("order, received");
        assertThat(team.adminPost(ORDERS + "/" + ready + "/prete", Map.of("version", "1"))
                        .statusCode())
                .isEqualTo(303);
        keyboard.activate(By.cssSelector("main form[action$='/prete'] button"));
        awaitHeading("Commande " + ready);
        assertThat(browser.find(By.cssSelector("main [role=alert]")).getText()).contains("n'est plus");
        checks.check("order, changed meanwhile");
        browser.open(ORDERS + "/" + ready);
        checks.check("order, ready");
        keyboard.activate(By.cssSelector("main form[action$='/remise'] button"));
        SignIn.awaitLocation(browser, ORDERS + "/" + ready + "?fait=commande-remise");
        checks.check("order, given back");

        browser.open(ORDERS + "/" + cancelled);
        keyboard.activate(By.cssSelector("main form[action$='/annulation'] button"));
        checks.awaitErrors();
        checks.check("order, cancelled without reason");
        keyboard.fill(By.id("reason"), "Le client a annulé par téléphone");
        keyboard.activate(By.cssSelector("main form[action$='/annulation'] button"));
        SignIn.awaitLocation(browser, ORDERS + "/" + cancelled + "?fait=commande-annulee");
        checks.check("order, cancelled");
        browser.open(ORDERS + "/ZZZZ-ZZZZ");
        checks.check("order, unknown");

        String link = PartnerOrders.linkTo(browser.site(), answered);
        browser.open(link);
        checks.check("partner, its page");
        keyboard.activate(By.cssSelector("main button[value=refuse]"));
        checks.awaitErrors();
        checks.check("partner, declined without reason");
        keyboard.activate(By.cssSelector("main button[value=accepte]"));
        SignIn.awaitLocation(browser, link + "?fait=service-accepte");
        checks.check("partner, accepted");
        browser.open("/api/partenaire/" + "A".repeat(43));
        checks.check("partner, a link that opens nothing");
        assertThat(checks.checked()).hasSize(15);
    }

    /** As printed: the team's navigation and the filters left out, in large type, no blank page after the last counter. */
    private void assertPrintsInLargeTypeWithoutTheTeamsTools() {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.read("return getComputedStyle(document.querySelector('.bo-nav')).display;"))
                    .isEqualTo("none");
            assertThat(browser.read("return getComputedStyle(document.querySelector('.bo-filters')).display;"))
                    .isEqualTo("none");
            assertThat(browser.read("return getComputedStyle(document.querySelector('.round-sheet')).breakAfter;"))
                    .as("one counter's sheet ends the document")
                    .isEqualTo("auto");
            assertThat(browser.read("return getComputedStyle(document.querySelector('.round-sheet')).fontSize;"))
                    .as("14 pt")
                    .isEqualTo("18.6667px");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private void awaitHeading(String heading) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(ignored ->
                        browser.findAll(By.cssSelector("main [role=alert]")).size() == 1
                                && browser.find(By.tagName("h1")).getText().equals(heading));
    }
}
