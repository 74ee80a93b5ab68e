package fr.conciergeriesolidaire.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.Spaces;
import fr.conciergeriesolidaire.browser.forms.Company;
import fr.conciergeriesolidaire.browser.forms.Confirmation;
import fr.conciergeriesolidaire.browser.forms.Quotes;
import fr.conciergeriesolidaire.browser.forms.SignupForm;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * A company's contact person asks for a conciergerie from the home page with the keyboard alone, with and without
 * JavaScript, and sees the quote: live while typing the headcount when scripts run, and on the confirmation page
 * with the reference in both cases; the sign-up is stored and both sides are e-mailed.
 */
@BrowserTest
@ParameterizedClass
@EnumSource(JavaScript.class)
class SignupJourneyIT {
    private static final String COMPANIES = "/entreprises/";
    /** Around each tier's bounds and the monthly minimum of offer.yaml, and the largest headcount accepted. */
    private static final List<Integer> HEADCOUNTS = List.of(10, 24, 26, 49, 50, 249, 250, 10_000, 120);

    private final Browser browser;
    private final Keyboard keyboard;

    SignupJourneyIT(JavaScript javaScript, Browsers browsers) {
        this.browser = browsers.browser(javaScript);
        this.keyboard = browser.keyboard();
    }

    @Test
    void givenTheHomePage_whenACompanySignsUpByKeyboard_thenTheQuoteAndTheReferenceAreShown() {
        boolean scripted = browser.javaScript().enabled();
        Company company = Company.valid(scripted ? 1 : 2, HEADCOUNTS.get(HEADCOUNTS.size() - 1));
        Visitor contact = Visitor.named("Denise", scripted ? "Scriptée" : "Sansscript");

        browser.open("/");
        keyboard.activate(By.cssSelector("nav a[href='" + COMPANIES + "']"));
        keyboard.activate(By.cssSelector("main a[href='" + SignupForm.PATH + "']"));
        assertThat(browser.location()).isEqualTo(SignupForm.PATH);
        SignupForm form = new SignupForm(browser, keyboard).fillAllButHeadcount(company, contact);
        if (scripted) {
            for (int employees : HEADCOUNTS) {
                keyboard.tabTo(SignupForm.EMPLOYEES);
                keyboard.clear().type(Integer.toString(employees));
                assertThat(Spaces.plain(browser.find(SignupForm.ESTIMATE).getText()))
                        .as("estimate for %d employees", employees)
                        .isEqualTo(Quotes.estimate(employees));
            }
        } else {
            form.headcount(company.employees());
            assertThat(browser.find(SignupForm.ESTIMATE).isDisplayed()).isFalse();
            // Without the script that shows them on demand, the site's address fields are always there.
            assertThat(browser.find(By.id("siteStreet")).isDisplayed()).isTrue();
        }
        form.send();

        Confirmation confirmation = Confirmation.awaited(browser, SignupForm.CONFIRMATION);
        assertThat(confirmation.heading()).isEqualTo("Demande d'adhésion enregistrée");
        assertThat(Spaces.plain(confirmation.text())).contains(Quotes.monthly(company.employees()));
        assertThat(browser.site().storedItem("SubscriptionsTable", confirmation.reference()))
                .isPresent();
        // The contact person and the team.
        List<SentMail> mails = browser.site().mailsAbout(confirmation.reference(), 2);
        assertThat(mails).hasSize(2);
        assertThat(mails).anySatisfy(mail -> assertThat(mail.to()).containsExactly(contact.email()));
    }
}
