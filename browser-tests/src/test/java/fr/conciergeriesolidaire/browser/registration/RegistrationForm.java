package fr.conciergeriesolidaire.browser.registration;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.Hands;
import fr.conciergeriesolidaire.browser.forms.FormSending;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import org.openqa.selenium.By;

/** The registration form of an event page, filled by a visitor's hands (keyboard or touch) and sent. */
final class RegistrationForm {
    static final String CONFIRMATION = "/api/registrations/confirmation";
    static final By SUBMIT = By.cssSelector("#formulaire-inscription button[type=submit]");
    static final By PLACES_LEFT = By.id("places-restantes");
    static final By DONE = By.id("inscription-resultat");

    private final Browser browser;
    private final Hands hands;

    RegistrationForm(Browser browser, Hands hands) {
        this.browser = browser;
        this.hands = hands;
    }

    /** Fills the form as shown now (for {@code places} places when the form asks) and sends it. */
    void register(Visitor visitor, int places) {
        FormSending sending = new FormSending(browser, hands, SUBMIT);
        hands.fill(By.id("firstName"), visitor.firstName());
        hands.fill(By.id("lastName"), visitor.lastName());
        hands.fill(By.id("email"), visitor.email());
        hands.fill(By.id("phone"), visitor.phone());
        if (!browser.findAll(By.id("places")).isEmpty()) {
            browser.find(By.id("places")).clear();
            hands.fill(By.id("places"), Integer.toString(places));
        }
        hands.fill(By.id("accessNeeds"), "Je viens avec une poussette.");
        hands.check(By.id("consent"));
        sending.send();
    }
}
