package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A resident proposes an idea of an animation on their neighbourhood's page, in a browser without JavaScript (a plain
 * form post, then the confirmation page); a member of the team finds it, makes an event of it in one step (the form
 * starts from the idea) and answers the resident, whose address gets the reply. The neighbourhood page counts the
 * season's ideas, and the event is on the public site after the runner's rebuild.
 */
@BrowserTest
class ProposalJourneyIT {
    private final Browser browser;
    private final Keyboard keyboard;
    private final Team team;

    ProposalJourneyIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.DISABLED);
        this.keyboard = browser.keyboard();
        this.team = Team.of(browser.site());
    }

    @Test
    void
            givenAResidentsIdeaSentWithoutJavaScript_whenTheTeamMakesAnEventOfIt_thenTheIdeaIsLinkedAnsweredAndPublished() {
        String idea = "Un atelier de cuisine du monde, chacun apporte une recette " + UUID.randomUUID();
        String resident = "habitant-" + UUID.randomUUID() + "@exemple.fr";
        browser.open("/quartiers/tilleuls/");
        keyboard.fill(By.id("idea"), idea)
                .fill(By.id("when"), "Un samedi midi")
                .check(By.cssSelector("input[name=help][value=yes]"))
                .fill(By.id("name"), "Ali")
                .fill(By.id("email"), resident)
                .check(By.id("consent"))
                .activate(By.cssSelector("form#proposition button[type=submit]"));

        String confirmation = ProgrammeScreens.awaitLocation(browser, "/api/propositions/confirmation?reference=");
        String reference = confirmation.substring(confirmation.indexOf('=') + 1);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Idée d'animation bien reçue");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(reference, "Les Tilleuls")
                .doesNotContain(idea);
        ProgrammeScreens.publicPage(browser.site(), "/quartiers/tilleuls/", "venue");

        SignIn.byHands(browser, keyboard, team.member("Lou Équipe", "TEAM"));
        keyboard.activate(By.cssSelector("main a[href='" + ProgrammeScreens.PROPOSALS + "']"));
        keyboard.activate(By.cssSelector("main a[href='" + ProgrammeScreens.PROPOSALS + "/" + reference + "']"));
        assertThat(browser.find(By.tagName("main")).getText()).contains(idea, "Un samedi midi", resident);
        keyboard.activate(By.cssSelector("main a[href$='proposition=" + reference + "']"));
        assertThat(browser.find(By.id("body")).getText()).isEqualTo(idea);
        String title = ProgrammeScreens.unique("Cuisine du monde");
        LocalDateTime start = ProgrammeScreens.dayToCome(30).atTime(12, 0);
        keyboard.fill(By.id("title"), title)
                .fill(By.id("description"), "Un repas partagé, des recettes de partout.")
                .dateTime(By.id("start"), start)
                .dateTime(By.id("end"), start.plusHours(2))
                .activate(By.cssSelector("main form.form button[type=submit]"));
        String event = ProgrammeScreens.awaitLocation(browser, ProgrammeScreens.EVENTS + "/" + start.toLocalDate());
        String slug = event.substring((ProgrammeScreens.EVENTS + "/").length(), event.indexOf('?'));

        browser.open(ProgrammeScreens.PROPOSALS + "/" + reference);
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Cette idée est devenue une animation.", "Retenue");
        keyboard.fill(By.id("reply"), "Merci Ali ! Votre atelier est au programme, à bientôt.")
                .activate(By.cssSelector("main form.form button[type=submit]"));
        ProgrammeScreens.awaitLocation(
                browser, ProgrammeScreens.PROPOSALS + "/" + reference + "?fait=reponse-enregistree");
        SentMail reply = browser.site().nextMailTo(resident, 0);
        assertThat(reply.subject()).isEqualTo("Votre idée d'animation pour le quartier Les Tilleuls");
        assertThat(reply.text()).contains("Bonjour Ali,", "Votre atelier est au programme", reference);
        ProgrammeScreens.publicPage(browser.site(), "/agenda/" + slug + "/", title);
    }
}
