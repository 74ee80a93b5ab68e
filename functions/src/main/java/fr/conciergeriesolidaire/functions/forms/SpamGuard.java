package fr.conciergeriesolidaire.functions.forms;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Anti-spam without third parties: a honeypot field ({@code website}, hidden from people, filled by naive
 * bots) and a minimum time between the form's display ({@code startedAt}, set by the page's script) and its
 * submission. Without JavaScript there is no {@code startedAt} and only the honeypot applies.
 */
public final class SpamGuard {
    public static final String HONEYPOT = "website";
    public static final String STARTED_AT = "startedAt";

    /** A person takes longer than this to fill in any of the site's forms. */
    public static final Duration MINIMUM_FILL_TIME = Duration.ofSeconds(3);

    private final Duration minimumFillTime;

    public SpamGuard() {
        this(MINIMUM_FILL_TIME);
    }

    public SpamGuard(Duration minimumFillTime) {
        this.minimumFillTime = minimumFillTime;
    }

    public void check(SubmittedFields fields, Instant now) {
        FieldErrors errors = new FieldErrors();
        if (fields.text(HONEYPOT, errors).isPresent()) {
            errors.add(HONEYPOT, "form.website.filled");
        }
        Optional<Long> startedAt = fields.number(STARTED_AT, errors);
        if (startedAt.isPresent()) {
            long elapsed = now.toEpochMilli() - startedAt.get();
            // A negative delay means the browser's clock is ahead of ours: nothing can be concluded.
            if (elapsed >= 0 && elapsed < minimumFillTime.toMillis()) {
                errors.add(STARTED_AT, "form.startedAt.tooFast");
            }
        }
        errors.throwIfAny();
    }
}
