package fr.conciergeriesolidaire.functions.http;

import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.forms.SubmissionLimitReachedException;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;

/**
 * What a failure means for the person who asked: the status, what to tell them (a key of the site's wording) and the
 * headers that go with it. The one mapping of the failures every request may meet; {@link ErrorAnswers} writes it for
 * the forms, the back-office's screens for their pages.
 */
public record Refusal(int status, Message message, Map<String, String> headers) {
    static final Duration STORAGE_RETRY_AFTER = Duration.ofSeconds(30);

    public Refusal {
        headers = Map.copyOf(headers);
    }

    public static Refusal of(RuntimeException failure) {
        if (failure instanceof InvalidInputException invalid) {
            return new Refusal(400, invalid.summary(), Map.of());
        }
        if (failure instanceof IdempotencyConflictException) {
            return new Refusal(409, Message.of("answer.conflict"), Map.of());
        }
        if (failure instanceof DuplicateSubmissionException duplicate) {
            return new Refusal(409, duplicate.summary(), Map.of());
        }
        if (failure instanceof VersionConflictException) {
            return new Refusal(409, Message.of("answer.changed"), Map.of());
        }
        if (failure instanceof ChangeRefusedException refused) {
            return new Refusal(409, Message.of(refused.messageKey()), Map.of());
        }
        if (failure instanceof NoSuchRecordException) {
            return new Refusal(404, Message.of("answer.notFound"), Map.of());
        }
        if (failure instanceof SubmissionLimitReachedException) {
            return new Refusal(409, Message.of("answer.limitReached"), Map.of());
        }
        if (failure instanceof NotThroughCloudFrontException) {
            return new Refusal(403, Message.of("answer.forbidden"), Map.of());
        }
        if (failure instanceof PayloadTooLargeException) {
            return new Refusal(413, Message.of("answer.tooLarge"), Map.of());
        }
        if (failure instanceof UnsupportedMediaTypeException) {
            return new Refusal(415, Message.of("answer.unsupported"), Map.of());
        }
        if (failure instanceof TooManyRequestsException throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            return new Refusal(
                    429,
                    Message.of(throttled.messageKey(), minutes + (minutes > 1 ? "\u00a0minutes" : "\u00a0minute")),
                    Map.of("Retry-After", Long.toString(throttled.retryAfter().toSeconds())));
        }
        if (failure instanceof StorageUnavailableException) {
            log().log(
                            Level.WARNING,
                            "Storage unavailable: {0}",
                            failure.getCause().getClass().getSimpleName());
            return new Refusal(
                    503,
                    Message.of("answer.unavailable"),
                    Map.of("Retry-After", Long.toString(STORAGE_RETRY_AFTER.toSeconds())));
        }
        // Only the exception's type is logged: its message might quote submitted (personal) data.
        log().log(Level.ERROR, "Unexpected failure: {0}", failure.getClass().getName());
        return new Refusal(500, Message.of("answer.unexpected"), Map.of());
    }

    /** Looked up on a failure only: starting the platform's logging costs every cold start about 10 ms. */
    private static System.Logger log() {
        return System.getLogger(Refusal.class.getName());
    }
}
