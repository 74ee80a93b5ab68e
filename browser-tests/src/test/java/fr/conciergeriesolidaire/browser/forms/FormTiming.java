package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.functions.submission.FormFeature;
import java.time.Duration;
import java.time.Instant;

/**
 * When a form was shown: with JavaScript the server refuses a form sent less than {@link
 * FormFeature#MINIMUM_FILL_TIME} after it was shown (a bot's pace), and a test types faster than any person.
 */
final class FormTiming {
    private final Instant shownAt = Instant.now();
    private final boolean timed;

    FormTiming(Browser browser) {
        this.timed = browser.javaScript().enabled();
    }

    void awaitHumanPace() {
        Duration left = Duration.between(Instant.now(), shownAt.plus(FormFeature.MINIMUM_FILL_TIME))
                .plusMillis(100);
        if (timed && !left.isNegative()) {
            try {
                Thread.sleep(left.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
