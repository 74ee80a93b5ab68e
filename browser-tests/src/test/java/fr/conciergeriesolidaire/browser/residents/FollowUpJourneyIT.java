package fr.conciergeriesolidaire.browser.residents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.forms.Confirmation;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.OrderForm;
import fr.conciergeriesolidaire.browser.forms.Submissions;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.browser.pages.PageChecks;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * A resident follows their order by its private link, by keyboard alone, with and without JavaScript: from the
 * confirmation page (and the same link in the e-mail) to the order's story as the partner and the team move it on;
 * and cancels another order while no partner has accepted it. Every page and state: axe 0, Nu valid, focus visible.
 */
@BrowserTest
@ParameterizedClass
@EnumSource(JavaScript.class)
class FollowUpJourneyIT {
    private final Browser browser;
    private final Keyboard keyboard;
    private final TeamDesk desk;

    FollowUpJourneyIT(JavaScript javaScript, Browsers browsers) {
        this.browser = browsers.browser(javaScript);
        this.keyboard = browser.keyboard();
        this.desk = new TeamDesk(browser.site());
    }

    @Test
    void givenAResidentsOrder_whenTheyFollowItByItsLinkAsItMovesOn_thenEachStepShowsOnItsPage() throws Exception {
        Visitor visitor = Visitor.named("Suzon", browser.javaScript().enabled() ? "Suivie" : "Suiviesansscript");
        OrderChoice choice = OrderChoice.at("comptoir-tilleuls", Map.of("repassage-chemise", 2, "talons", 1));
        browser.open(OrderForm.PATH);
        new OrderForm(browser, keyboard).fill(choice, visitor).send();
        Confirmation confirmation = Confirmation.awaited(browser, OrderForm.CONFIRMATION);
        String reference = confirmation.reference();
        PageChecks.assertAccessibleAndValid(browser, "confirmation with its follow-up link");

        keyboard.activate(By.xpath("//main//a[normalize-space()='Suivre ma commande']"));
        ResidentPages.awaitLocation(browser, ResidentPages.FOLLOW_UP + "?reference=" + reference);
        String followUp = browser.location();
        assertThat(ResidentPages.heading(browser)).isEqualTo("Votre commande " + reference);
        List<SentMail> mails = browser.site().mailsAbout(reference, 2 + (int) choice.partners());
        assertThat(mails)
                .filteredOn(mail -> mail.to().contains(visitor.email()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains(followUp));
        assertThat(ResidentPages.main(browser))
                .contains("Reçue", "Commande reçue", "Comptoir des Tilleuls", "Annuler la commande…")
                .doesNotContain(visitor.email(), visitor.lastName());
        PageChecks.assertAccessibleAndValid(browser, "follow-up, received");

        desk.accept(reference, 0);
        browser.open(followUp);
        assertThat(ResidentPages.main(browser))
                .contains("L'Atelier du Fer à Repasser accepte")
                .doesNotContain("Annuler la commande…");
        PageChecks.assertAccessibleAndValid(browser, "follow-up, a line accepted");
        desk.markReady(reference);
        browser.open(followUp);
        assertThat(ResidentPages.main(browser)).contains("Prête", "Commande prête au comptoir");
        PageChecks.assertAccessibleAndValid(browser, "follow-up, ready");
        desk.giveBack(reference);
        browser.open(followUp);
        assertThat(ResidentPages.main(browser)).contains("Rendue", "Commande rendue");
        PageChecks.assertAccessibleAndValid(browser, "follow-up, given back");
    }

    @Test
    void givenAnOrderNoPartnerAccepted_whenItsResidentCancelsItByKeyboard_thenItIsCancelledAndThePartnersAreTold()
            throws Exception {
        Visitor visitor = Visitor.named("Anatole", browser.javaScript().enabled() ? "Annule" : "Annulesansscript");
        OrderChoice choice = OrderChoice.at("comptoir-canal", Map.of("revision-velo", 1));
        String followUp = Submissions.orderFollowUp(browser.site(), choice, visitor);
        String reference = followUp.replaceAll(".*reference=([^&]+).*", "$1");
        browser.site().mailsAbout(reference, 2 + (int) choice.partners());

        browser.open(followUp);
        keyboard.activate(By.xpath("//main//a[normalize-space()='Annuler la commande…']"));
        ResidentPages.awaitLocation(browser, ResidentPages.FOLLOW_UP + "/annulation");
        assertThat(ResidentPages.heading(browser)).isEqualTo("Annuler la commande " + reference + " ?");
        PageChecks.assertAccessibleAndValid(browser, "cancellation, confirm step");
        keyboard.activate(By.xpath("//main//button[normalize-space()='Oui, annuler la commande']"));

        ResidentPages.awaitLocation(browser, ResidentPages.FOLLOW_UP + "?reference=" + reference);
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText())
                .startsWith("Vous avez annulé cette commande.");
        assertThat(ResidentPages.main(browser)).contains("Annulée", "Vous avez annulé la commande");
        PageChecks.assertAccessibleAndValid(browser, "follow-up, cancelled by the resident");
        assertThat(browser.site().mailsAbout(reference + " annulée", 2))
                .as("the partner and the team")
                .hasSize(2);
    }
}
