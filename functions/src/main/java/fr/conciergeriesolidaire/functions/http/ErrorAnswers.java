package fr.conciergeriesolidaire.functions.http;

import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmissionLimitReachedException;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import fr.conciergeriesolidaire.functions.templates.Html;
import fr.conciergeriesolidaire.functions.templates.ResponseShell;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where failures become HTTP answers: status, French message, never an internal detail.
 * JSON follows the contract {@code {"message", "errors": [{"field", "message"}]}}; HTML is a page of the site
 * listing the errors, each linking to its field on the form.
 */
public final class ErrorAnswers {
    static final Duration STORAGE_RETRY_AFTER = Duration.ofSeconds(30);

    private final ResponseShell shell;
    private final FormPage form;

    public ErrorAnswers(ResponseShell shell, FormPage form) {
        this.shell = shell;
        this.form = form;
    }

    public HttpResponse of(RuntimeException failure, ResponseFormat format) {
        if (failure instanceof InvalidInputException invalid) {
            return answer(400, invalid.summary(), invalid.errors(), format);
        }
        if (failure instanceof IdempotencyConflictException) {
            return answer(
                    409,
                    "Cette demande a déjà été envoyée avec un contenu différent\u202f; rechargez le formulaire"
                            + " pour en faire une nouvelle.",
                    List.of(),
                    format);
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
        if (failure instanceof SubmissionLimitReachedException) {
            return answer(
                    409,
                    "Nous avons déjà reçu de nombreuses demandes pour ce site\u202f; contactez la conciergerie pour"
                            + " que nous l'étudiions ensemble.",
                    List.of(),
                    format);
        }
        if (failure instanceof PayloadTooLargeException) {
            return answer(413, "Le contenu envoyé est trop volumineux.", List.of(), format);
        }
        if (failure instanceof UnsupportedMediaTypeException) {
            return answer(
                    415,
                    "Format d'envoi non pris en charge\u00a0: envoyez le formulaire du site (JSON ou formulaire HTML"
                            + " encodé en UTF-8).",
                    List.of(),
                    format);
        }
        if (failure instanceof TooManyRequestsException throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            return answer(
                            429,
                            "Trop d'envois depuis votre connexion\u202f; réessayez dans " + minutes
                                    + (minutes > 1 ? " minutes." : " minute."),
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
            return answer(
                            503,
                            "Le service est momentanément indisponible et rien n'a été enregistré\u202f; réessayez"
                                    + " dans quelques instants.",
                            List.of(),
                            format)
                    .withHeader("Retry-After", Long.toString(STORAGE_RETRY_AFTER.toSeconds()));
        }
        // Only the exception's type is logged: its message might quote submitted (personal) data.
        log().log(Level.ERROR, "Unexpected failure: {0}", failure.getClass().getName());
        return answer(
                500,
                "Une erreur inattendue s'est produite\u202f; réessayez plus tard ou contactez la conciergerie.",
                List.of(),
                format);
    }

    private HttpResponse answer(int status, String message, List<FieldError> errors, ResponseFormat format) {
        if (format == ResponseFormat.JSON) {
            return HttpResponse.json(status, jsonBody(message, errors));
        }
        return HttpResponse.html(status, shell.page(title(status), errorMain(status, message, errors)));
    }

    private static Map<String, Object> jsonBody(String message, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put(
                "errors",
                errors.stream()
                        .map(error -> Map.of("field", error.field(), "message", error.message()))
                        .toList());
        return body;
    }

    /** Looked up on a failure only: starting the platform's logging costs every cold start about 10 ms. */
    private static System.Logger log() {
        return System.getLogger(ErrorAnswers.class.getName());
    }

    private String title(int status) {
        return status == 400 ? "Erreurs dans " + form.subject() : "Envoi impossible de " + form.subject();
    }

    private String errorMain(int status, String message, List<FieldError> errors) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Html.escape(capitalised(title(status)))).append("</h1>\n");
        html.append("<div role=\"alert\">\n<p>").append(Html.escape(message)).append("</p>\n");
        if (!errors.isEmpty()) {
            html.append("<ul>\n");
            for (FieldError error : errors) {
                html.append("<li><a href=\"")
                        .append(Html.escape(form.path() + "#" + error.field()))
                        .append("\">")
                        .append(Html.escape(form.label().apply(error.field())))
                        .append("\u00a0: ")
                        .append(Html.escape(error.message()))
                        .append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</div>\n<p>Revenez à la page précédente avec le bouton «\u00a0Retour\u00a0» de votre"
                        + " navigateur pour retrouver vos saisies, ou <a href=\"")
                .append(Html.escape(form.path()))
                .append("\">rouvrez le formulaire</a>.</p>\n");
        return html.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
