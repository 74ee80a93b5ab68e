package fr.conciergeriesolidaire.functions.outbox;

import fr.conciergeriesolidaire.functions.templates.MailContent;
import java.util.List;

/**
 * One message, in plain text and HTML. Recipients are addresses already validated; the subject never holds
 * user text with line breaks (see {@link #Email}), so no header can be injected through it.
 */
public record Email(List<String> to, String subject, String text, String html) {
    /** The e-mail a template wrote ({@code templates.Templates#mail}), to these recipients. */
    public static Email of(List<String> to, MailContent content) {
        return new Email(to, content.subject(), content.text(), content.html());
    }

    public Email {
        to = List.copyOf(to);
        // Line breaks in a subject would start new headers in the raw message: flatten them, whatever the source.
        subject = subject.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
