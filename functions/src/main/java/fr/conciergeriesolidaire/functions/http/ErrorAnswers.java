package fr.conciergeriesolidaire.functions.http;

import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where failures become HTTP answers: status, French message from the site's wording, never an
 * internal detail. JSON follows the contract {@code {"message", "errors": [{"field", "message"}]}}; HTML is a page of
 * the site (template {@code pages/refused.ftlh}) listing the errors, each linking to its field on the form.
 */
public final class ErrorAnswers {
    private final Templates templates;
    private final FormPage form;

    public ErrorAnswers(Templates templates, FormPage form) {
        this.templates = templates;
        this.form = form;
    }

    public HttpResponse of(RuntimeException failure, ResponseFormat format) {
        if (failure instanceof DuplicateSubmissionException duplicate && format == ResponseFormat.JSON) {
            // The contract's body plus the reference already given, for the page's script to show.
            Map<String, Object> body = jsonBody(duplicate.summary(), List.of());
            body.put("reference", duplicate.reference());
            return HttpResponse.json(409, body);
        }
        Refusal refusal = Refusal.of(failure);
        List<FieldError> errors = failure instanceof InvalidInputException invalid ? invalid.errors() : List.of();
        HttpResponse answer = answer(refusal.status(), refusal.message(), errors, format);
        for (Map.Entry<String, String> header : refusal.headers().entrySet()) {
            answer = answer.withHeader(header.getKey(), header.getValue());
        }
        return answer;
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
}
