package fr.conciergeriesolidaire.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.forms.Company;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.OrderForm;
import fr.conciergeriesolidaire.browser.forms.SignupForm;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * Mistakes in a form, with and without JavaScript, by keyboard: every error is announced, tied to its field, and
 * leads to it. The values are ones the browser lets through (without JavaScript it checks required fields itself),
 * and the server refuses: a past date, a phone number too short, a SIRET whose check digit is wrong...
 */
@BrowserTest
@ParameterizedClass
@EnumSource(JavaScript.class)
class InvalidDataJourneyIT {
    private static final LocalDate PAST = LocalDate.of(2020, 1, 7);

    private final Browser browser;
    private final Keyboard keyboard;
    private final ErrorAnnouncements announcements;

    InvalidDataJourneyIT(JavaScript javaScript, Browsers browsers) {
        this.browser = browsers.browser(javaScript);
        this.keyboard = browser.keyboard();
        this.announcements = new ErrorAnnouncements(browser);
    }

    @Test
    void
            givenAnOrderWithoutServiceAtAPastDateAndWrongContact_whenSent_thenNothingTypedIsLostAndEachErrorLeadsToItsField() {
        OrderChoice nothingOrdered = OrderChoice.at("comptoir-tilleuls", Map.of());
        OrderChoice choice =
                new OrderChoice(nothingOrdered.counter(), Map.of(), PAST, nothingOrdered.from(), nothingOrdered.to());
        Visitor visitor = new Visitor("Alice", "Erreur", "12345", "alice@exemple");
        browser.open(OrderForm.PATH);

        new OrderForm(browser, keyboard).fill(choice, visitor).send();

        announcements.awaitRefusal(OrderForm.PATH);
        if (!browser.javaScript().enabled()) {
            // The refusal is a page of its own, which says to come back with the browser's Back button...
            browser.driver().navigate().back();
        }
        assertThat(browser.location()).isEqualTo(OrderForm.PATH);
        assertThat(browser.find(By.id("lastName")).getDomProperty("value")).isEqualTo(visitor.lastName());
        assertThat(browser.find(By.id("phone")).getDomProperty("value")).isEqualTo(visitor.phone());
        if (!browser.javaScript().enabled()) {
            // ...from where the form, as it was, can be sent again.
            keyboard.activate(OrderForm.SUBMIT);
        }
        announcements.check(OrderForm.PATH, List.of("lines", "date", "phone", "email"));
    }

    @Test
    void givenASignUpWithAWrongSiretPostcodeDateAndPhone_whenSent_thenEachErrorLeadsToItsField() {
        Company valid = Company.valid(900, 50);
        Company company = new Company(
                valid.name(),
                "12345678901234",
                valid.street(),
                "ABCDE",
                valid.city(),
                valid.employees(),
                PAST,
                valid.role());
        browser.open(SignupForm.PATH);

        new SignupForm(browser, keyboard)
                .fillAllButHeadcount(company, new Visitor("Bruno", "Erreur", "12", "bruno@exemple.fr"))
                .headcount(company.employees())
                .send();

        announcements.check(SignupForm.PATH, List.of("siret", "companyPostcode", "startDate", "phone"));
    }
}
