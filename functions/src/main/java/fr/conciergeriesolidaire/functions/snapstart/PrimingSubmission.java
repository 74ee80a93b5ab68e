package fr.conciergeriesolidaire.functions.snapstart;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.forms.CommonFields;
import fr.conciergeriesolidaire.functions.forms.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a form's function is primed with before a SnapStart snapshot: the form filled in as the page's script sends it
 * (JSON) and as a plain form post, complete but for the consent. Both cross the whole edge (parsing, every field's
 * rules, the error answers in JSON and in the site's shell) and are refused before the rate limit and the store, so
 * priming writes nothing.
 *
 * @param json the fields as the page's script sends them
 * @param form the fields of the plain HTML form
 */
public record PrimingSubmission(Map<String, Object> json, Map<String, String> form) {
    public PrimingSubmission {
        if (json.containsKey(CommonFields.CONSENT) || form.containsKey(CommonFields.CONSENT)) {
            throw new IllegalArgumentException("A priming submission with consent could be stored");
        }
        json = Map.copyOf(json);
        form = Map.copyOf(form);
    }

    /** The submission as the page's script posts it, and as a plain form. */
    public List<APIGatewayV2HTTPEvent> events() {
        return List.of(
                PrimingEvents.post("application/json", jsonBody()),
                PrimingEvents.post("application/x-www-form-urlencoded", formBody()));
    }

    public String jsonBody() {
        return Json.write(json);
    }

    public String formBody() {
        return form.entrySet().stream()
                .map(field -> encoded(field.getKey()) + "=" + encoded(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
