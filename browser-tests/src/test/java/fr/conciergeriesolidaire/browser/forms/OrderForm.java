package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.Hands;
import java.util.Map;
import org.openqa.selenium.By;

/** The order form (/commander/) as a visitor fills it, with whichever hands. */
public final class OrderForm {
    public static final String PATH = "/commander/";
    public static final String CONFIRMATION = "/api/orders/confirmation";
    public static final By SUBMIT = By.cssSelector("#commande button[type=submit]");

    private final Hands hands;
    private final FormSending sending;

    /** The form as just shown in {@code browser}. */
    public OrderForm(Browser browser, Hands hands) {
        this.hands = hands;
        this.sending = new FormSending(browser, hands, SUBMIT);
    }

    public OrderForm fill(OrderChoice choice, Visitor visitor) {
        hands.check(
                By.cssSelector("input[name=counter][value='" + choice.counter().id() + "']"));
        for (Map.Entry<String, Integer> line : choice.quantities().entrySet()) {
            hands.fill(By.id("quantity." + line.getKey()), line.getValue().toString());
        }
        hands.date(By.id("date"), choice.date());
        hands.choose(By.id("window"), choice.window());
        hands.fill(By.id("firstName"), visitor.firstName())
                .fill(By.id("lastName"), visitor.lastName())
                .fill(By.id("phone"), visitor.phone())
                .fill(By.id("email"), visitor.email());
        hands.check(By.id("consent"));
        return this;
    }

    /** Sends the form, no sooner than a person could have filled it (the server refuses faster forms). */
    public void send() {
        sending.send();
    }
}
