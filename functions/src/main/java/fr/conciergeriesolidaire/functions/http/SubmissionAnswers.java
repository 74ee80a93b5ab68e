package fr.conciergeriesolidaire.functions.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The success answers of every form: JSON 201 with the reference (the page's script then goes to the
 * confirmation URL), or 303 See Other to the confirmation page for a plain form post. A replay gets the same
 * answer as the first submission, marked by {@code Idempotent-Replayed}.
 */
public final class SubmissionAnswers {
    private SubmissionAnswers() {}

    /** {@code /api/orders/confirmation?reference=K7QM-3XPA} */
    public static String confirmationUrl(String confirmationPath, String reference) {
        return confirmationPath + "?reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    /**
     * @param details what the JSON answer says besides the reference and the confirmation URL (lines, quote...)
     * @param created false when this submission was already stored (a replay)
     */
    public static HttpResponse accepted(
            ResponseFormat format,
            String confirmationPath,
            String reference,
            Map<String, Object> details,
            boolean created) {
        return acceptedAt(format, confirmationUrl(confirmationPath, reference), reference, details, created);
    }

    /**
     * The same, to a confirmation address of the feature's own (one carrying more than the reference, such as an
     * order's private follow-up key).
     *
     * @param confirmation a path of the site, with its query
     */
    public static HttpResponse acceptedAt(
            ResponseFormat format,
            String confirmation,
            String reference,
            Map<String, Object> details,
            boolean created) {
        if (format == ResponseFormat.HTML) {
            return HttpResponse.seeOther(confirmation);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.putAll(details);
        body.put("confirmationUrl", confirmation);
        return HttpResponse.json(201, body)
                .withHeader("Location", confirmation)
                .withHeader("Idempotent-Replayed", Boolean.toString(!created));
    }
}
