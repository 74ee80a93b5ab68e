package fr.conciergeriesolidaire.functions.antispam;

import fr.conciergeriesolidaire.functions.http.SubmittedFields;
import fr.conciergeriesolidaire.functions.validation.FieldErrors;
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

    private final Duration minimumFillTime;

    public SpamGuard(Duration minimumFillTime) {
        this.minimumFillTime = minimumFillTime;
    }

    public void check(SubmittedFields fields, Instant now) {
        FieldErrors errors = new FieldErrors();
        if (fields.text(HONEYPOT, errors).isPresent()) {
            errors.add(HONEYPOT, "Ce champ doit rester vide.");
        }
        Optional<Long> startedAt = fields.number(STARTED_AT, errors);
        if (startedAt.isPresent()) {
            long elapsed = now.toEpochMilli() - startedAt.get();
            // A negative delay means the browser's clock is ahead of ours: nothing can be concluded.
            if (elapsed >= 0 && elapsed < minimumFillTime.toMillis()) {
                errors.add(
                        STARTED_AT,
                        "Le formulaire a été envoyé trop vite\u202f; vérifiez vos informations puis renvoyez-le.");
            }
        }
        errors.throwIfAny();
    }
}
