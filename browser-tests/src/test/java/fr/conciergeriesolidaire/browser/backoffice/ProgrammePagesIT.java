package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.forms.Submissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the programme's screens and of the residents' ideas in every state a member meets, as the browser
 * shows it: axe-core finds nothing, the Nu Html Checker finds nothing, one {@code h1}, every focus visible. Walked as a
 * member of the team, then as a concierge for what is refused to them.
 */
@BrowserTest
class ProgrammePagesIT {
    private final Browser browser;
    private final Keyboard keyboard;
    private final Team team;
    private final ScreenChecks checks;

    ProgrammePagesIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.keyboard = browser.keyboard();
        this.team = Team.of(browser.site());
        this.checks = new ScreenChecks(browser);
    }

    @Test
    void givenEachPageAndStateThenAxeAndTheHtmlCheckerFindNothingAndEveryFocusShows() throws Exception {
        String title = ProgrammeScreens.unique("Fête des voisins");
        LocalDateTime start = ProgrammeScreens.dayToCome(40).atTime(17, 0);
        String slug = ProgrammeScreens.createEvent(team, "tilleuls", title, start);
        String event = ProgrammeScreens.EVENTS + "/" + slug;
        String idea = Submissions.proposal(browser.site(), "tilleuls", "Un concours de soupes en hiver.");
        SignIn.byHands(browser, keyboard, team.member("Eden Accessible", "TEAM"));

        browser.open(ProgrammeScreens.EVENTS);
        checks.check("programme");
        browser.open(ProgrammeScreens.EVENTS + "/nouvelle");
        checks.check("new event");
        submittedWithErrors("new event, errors");
        browser.open(event + "?fait=animation-creee");
        checks.check("an event, just created");
        Map<String, String> changed = ProgrammeScreens.eventForm("tilleuls", title + " (changée)", start);
        changed.put("version", "1");
        changed.put("eventStatus", "scheduled");
        team.adminPost(event, changed);
        keyboard.activate(By.cssSelector("main form.form button[type=submit]"));
        awaitText("main [role=alert]", "Quelqu'un d'autre a modifié cette animation");
        checks.check("an event, changed meanwhile (409)");
        browser.open(event + "/report");
        checks.check("postponement");
        // A new start without its end, for the page's error state (typing dates by keys is the journeys' part, e.g.
        // ProgrammePhoneIT): set as the field holds it, since typing this optional field by keys left it empty here.
        browser.read(
                "document.getElementById('start').value = arguments[0];",
                start.plusDays(7).toString());
        submittedWithErrors("postponement, errors");
        browser.open(event + "/annulation");
        checks.check("cancellation");
        submittedWithErrors("cancellation, errors");
        browser.open(event + "/copie");
        checks.check("a copy");

        browser.open(ProgrammeScreens.PROPOSALS);
        checks.check("residents' ideas");
        browser.open(ProgrammeScreens.PROPOSALS + "/" + idea);
        checks.check("an idea");
        submittedWithErrors("an idea, answer with nothing to record");
        keyboard.check(By.cssSelector("input[name=status][value=STUDYING]"));
        keyboard.activate(By.cssSelector("main form.form button[type=submit]"));
        ProgrammeScreens.awaitLocation(browser, ProgrammeScreens.PROPOSALS + "/" + idea + "?fait=reponse-enregistree");
        checks.check("an idea, answered");
        keyboard.activate(By.cssSelector("main a[href$='proposition=" + idea + "']"));
        checks.check("new event from an idea");

        keyboard.activate(By.cssSelector("nav.bo-nav form button"));
        SignIn.awaitLocation(browser, SignIn.PAGE + "?fait=deconnexion");
        SignIn.byHands(browser, keyboard, team.member("Camille Accessible", "COUNTER", "comptoir-canal"));
        browser.open(event);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        checks.check("another neighbourhood's event, refused to a concierge");
        assertThat(checks.checked()).hasSize(16);
    }

    /** The page's form sent as it is, then checked as it comes back with its errors. */
    private void submittedWithErrors(String state) throws Exception {
        keyboard.activate(By.cssSelector("main form.form button[type=submit]"));
        awaitText("main .error-summary", "");
        checks.check(state);
    }

    private void awaitText(String selector, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ignored -> browser.findAll(By.cssSelector(selector)).stream()
                        .anyMatch(element -> element.getText().contains(text)));
    }
}
