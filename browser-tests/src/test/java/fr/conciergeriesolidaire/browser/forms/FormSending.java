package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.Hands;
import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.By;

/**
 * Sending a form shown at a given time, no sooner than a person could have filled it: with JavaScript the server
 * refuses a form sent less than {@link SpamGuard#MINIMUM_FILL_TIME} after it was shown (a bot's pace), and a test
 * types faster than any person.
 */
public final class FormSending {
    private final Instant shownAt = RunningSite.CLOCK.instant();
    private final boolean timed;
    private final Hands hands;
    private final By submit;

    public FormSending(Browser browser, Hands hands, By submit) {
        this.timed = browser.javaScript().enabled();
        this.hands = hands;
        this.submit = submit;
    }

    public void send() {
        Duration left = Duration.between(RunningSite.CLOCK.instant(), shownAt.plus(SpamGuard.MINIMUM_FILL_TIME))
                .plusMillis(100);
        if (timed && !left.isNegative()) {
            try {
                Thread.sleep(left.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        hands.activate(submit);
    }
}
