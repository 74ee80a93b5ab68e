package fr.conciergeriesolidaire.functions.http;

import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.forms.SubmissionLimitReachedException;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.RecordNotFoundException;
import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where failures become HTTP answers: status, French message from the site's wording, never an
 * internal detail. JSON follows the contract {@code {"message", "errors": [{"field", "message"}]}}; HTML is a page of
 * the site (template {@code pages/refused.ftlh}) listing the errors, each linking to its field on the form.
 */
public final class ErrorAnswers {
    static final Duration STORAGE_RETRY_AFTER = Duration.ofSeconds(30);

    private final Templates templates;
    private final FormPage form;

    public ErrorAnswers(Templates templates, FormPage form) {
        this.templates = templates;
        this.form = form;
    }

    public HttpResponse of(RuntimeException failure, ResponseFormat format) {
        if (failure instanceof InvalidInputException invalid) {
            return answer(400, invalid.summary(), invalid.errors(), format);
        }
        if (failure instanceof IdempotencyConflictException) {
            return answer(409, Message.of("answer.conflict"), List.of(), format);
        }
        if (failure instanceof DuplicateSubmissionException duplicate) {
            if (format == ResponseFormat.JSON) {
                // The contract's body plus the reference already given, for the page's script to show.
                Map<String, Object> body = jsonBody(duplicate.summary(), List.of());
                body.put("reference", duplicate.reference());
                return HttpResponse.json(409, body);
            }
            return answer(409, duplicate.summary(), List.of(), format);
        }
        if (failure instanceof VersionConflictException) {
            return answer(409, Message.of("answer.changed"), List.of(), format);
        }
        if (failure instanceof ChangeRefusedException refused) {
            return answer(409, Message.of(refused.messageKey()), List.of(), format);
        }
        if (failure instanceof RecordNotFoundException) {
            return answer(404, Message.of("answer.notFound"), List.of(), format);
        }
        if (failure instanceof SubmissionLimitReachedException) {
            return answer(409, Message.of("answer.limitReached"), List.of(), format);
        }
        if (failure instanceof NotThroughCloudFrontException) {
            return answer(403, Message.of("answer.forbidden"), List.of(), format);
        }
        if (failure instanceof PayloadTooLargeException) {
            return answer(413, Message.of("answer.tooLarge"), List.of(), format);
        }
        if (failure instanceof UnsupportedMediaTypeException) {
            return answer(415, Message.of("answer.unsupported"), List.of(), format);
        }
        if (failure instanceof TooManyRequestsException throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            return answer(
                            429,
                            Message.of(
                                    throttled.messageKey(), minutes + (minutes > 1 ? "\u00a0minutes" : "\u00a0minute")),
                            List.of(),
                            format)
                    .withHeader(
                            "Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
        }
        if (failure instanceof StorageUnavailableException) {
            log().log(
                            Level.WARNING,
                            "Storage unavailable: {0}",
                            failure.getCause().getClass().getSimpleName());
            return answer(503, Message.of("answer.unavailable"), List.of(), format)
                    .withHeader("Retry-After", Long.toString(STORAGE_RETRY_AFTER.toSeconds()));
        }
        // Only the exception's type is logged: its message might quote submitted (personal) data.
        log().log(Level.ERROR, "Unexpected failure: {0}", failure.getClass().getName());
        return answer(500, Message.of("answer.unexpected"), List.of(), format);
    }

    private HttpResponse answer(int status, Message message, List<FieldError> errors, ResponseFormat format) {
        if (format == ResponseFormat.JSON) {
            return HttpResponse.json(status, jsonBody(message, errors));
        }
        String title = templates
                .wording()
                .format(
                        status == 400 ? "answer.title.invalid" : "answer.title.refused",
                        form.labels().subject());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("heading", Character.toUpperCase(title.charAt(0)) + title.substring(1));
        model.put("message", text(message));
        model.put("errors", errors.stream().map(this::pageError).toList());
        model.put("formPath", form.path());
        return HttpResponse.html(status, templates.page(title, "refused.ftlh", model));
    }

    private Map<String, Object> jsonBody(Message message, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", text(message));
        body.put(
                "errors",
                errors.stream()
                        .map(error -> Map.of("field", error.field(), "message", text(error.message())))
                        .toList());
        return body;
    }

    private Map<String, String> pageError(FieldError error) {
        return Map.of(
                "field", error.field(), "label", form.labels().of(error.field()), "message", text(error.message()));
    }

    private String text(Message message) {
        return templates.wording().format(message.key(), message.arguments().toArray());
    }

    /** Looked up on a failure only: starting the platform's logging costs every cold start about 10 ms. */
    private static System.Logger log() {
        return System.getLogger(ErrorAnswers.class.getName());
    }
}
