package fr.conciergeriesolidaire.functions.http;

import fr.conciergeriesolidaire.functions.validation.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The edge of every form API: refuses an oversized body (413) before decoding it, an unknown content type
 * (415) before parsing it, reads JSON or form fields, runs the submission, and turns any failure into the
 * answer the client understands (JSON or an HTML page).
 */
public final class SubmissionEndpoint {
    /** What to do with readable fields: validate, store, answer. Failures are thrown, not returned. */
    @FunctionalInterface
    public interface Submission {
        HttpResponse accept(SubmittedFields fields, ResponseFormat format);
    }

    private final long maxBodyBytes;
    private final ErrorResponses errors;

    public SubmissionEndpoint(long maxBodyBytes, ErrorResponses errors) {
        this.maxBodyBytes = maxBodyBytes;
        this.errors = errors;
    }

    public HttpResponse handle(HttpRequest request, Submission submission) {
        ResponseFormat format = ResponseFormat.of(request);
        try {
            return submission.accept(read(request), format);
        } catch (RuntimeException failure) {
            return errors.of(failure, format);
        }
    }

    SubmittedFields read(HttpRequest request) {
        if (request.bodySizeUpperBound() > maxBodyBytes && decode(request).length > maxBodyBytes) {
            throw new PayloadTooLargeException(maxBodyBytes);
        }
        BodyType type = BodyType.of(request.header("content-type").orElse(null))
                .orElseThrow(UnsupportedMediaTypeException::new);
        String body = utf8(decode(request));
        return type == BodyType.FORM ? SubmittedFields.ofForm(body) : SubmittedFields.ofJson(body);
    }

    private byte[] decode(HttpRequest request) {
        if (!request.base64()) {
            return request.rawBody().getBytes(StandardCharsets.UTF_8);
        }
        // Checked against the limit before decoding: a huge base64 body is never materialised.
        if (request.rawBody().length() / 4L * 3 > maxBodyBytes + 3) {
            throw new PayloadTooLargeException(maxBodyBytes);
        }
        try {
            return Base64.getDecoder().decode(request.rawBody());
        } catch (IllegalArgumentException malformed) {
            throw InvalidInputException.unreadable("Le contenu envoyé est mal encodé.");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException malformed) {
            throw InvalidInputException.unreadable("Le contenu envoyé n'est pas du texte UTF-8 valide.");
        }
    }
}
