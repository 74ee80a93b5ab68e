package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.Hands;
import org.openqa.selenium.By;

/** The company sign-up form (/entreprises/inscription/) as a company's contact person fills it. */
public final class SignupForm {
    public static final String PATH = "/entreprises/inscription/";
    public static final String CONFIRMATION = "/api/subscriptions/confirmation";
    public static final By SUBMIT = By.cssSelector("#adhesion button[type=submit]");
    public static final By EMPLOYEES = By.id("employees");
    public static final By ESTIMATE = By.id("estimation");

    private final Hands hands;
    private final FormSending sending;

    /** The form as just shown in {@code browser}. */
    public SignupForm(Browser browser, Hands hands) {
        this.hands = hands;
        this.sending = new FormSending(browser, hands, SUBMIT);
    }

    /** Everything but the headcount, which a test may type separately to watch the estimate. */
    public SignupForm fillAllButHeadcount(Company company, Visitor contact) {
        hands.fill(By.id("company"), company.name())
                .fill(By.id("siret"), company.siret())
                .fill(By.id("companyStreet"), company.street())
                .fill(By.id("companyPostcode"), company.postcode())
                .fill(By.id("companyCity"), company.city())
                .date(By.id("startDate"), company.startDate())
                .fill(By.id("firstName"), contact.firstName())
                .fill(By.id("lastName"), contact.lastName())
                .fill(By.id("phone"), contact.phone())
                .fill(By.id("email"), contact.email())
                .fill(By.id("role"), company.role())
                .check(By.id("consent"));
        return this;
    }

    public SignupForm headcount(int employees) {
        hands.fill(EMPLOYEES, Integer.toString(employees));
        return this;
    }

    /** Sends the form, no sooner than a person could have filled it (the server refuses faster forms). */
    public void send() {
        sending.send();
    }
}
