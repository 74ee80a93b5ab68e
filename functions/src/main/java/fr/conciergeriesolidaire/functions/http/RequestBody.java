package fr.conciergeriesolidaire.functions.http;

import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads a form's body at the edge of the API: refuses an oversized one (413) before decoding it, an unknown content
 * type (415) before parsing it, malformed encodings (400), and gives the JSON or form fields.
 */
public final class RequestBody {
    /** A real submission is a few KB; anything past this is refused before parsing. */
    public static final long MAX_BYTES = 16 * 1024;

    private RequestBody() {}

    /** The submitted fields; every refusal is an exception that {@link ErrorAnswers} turns into an answer. */
    public static SubmittedFields fields(HttpRequest request) {
        if (request.bodySizeUpperBound() > MAX_BYTES && decode(request).length > MAX_BYTES) {
            throw new PayloadTooLargeException(MAX_BYTES);
        }
        BodyType type = BodyType.of(request.header("content-type").orElse(null))
                .orElseThrow(UnsupportedMediaTypeException::new);
        String body = Utf8.decode(decode(request), "answer.unreadable.utf8");
        return type == BodyType.FORM ? SubmittedFields.ofForm(body) : SubmittedFields.ofJson(body);
    }

    private static byte[] decode(HttpRequest request) {
        if (!request.base64()) {
            return request.rawBody().getBytes(StandardCharsets.UTF_8);
        }
        // Checked against the limit before decoding: a huge base64 body is never materialised.
        if (request.rawBody().length() / 4L * 3 > MAX_BYTES + 3) {
            throw new PayloadTooLargeException(MAX_BYTES);
        }
        try {
            return Base64.getDecoder().decode(request.rawBody());
        } catch (IllegalArgumentException malformed) {
            throw InvalidInputException.unreadable("answer.unreadable.encoding");
        }
    }
}
