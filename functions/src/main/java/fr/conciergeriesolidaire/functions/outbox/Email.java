package fr.conciergeriesolidaire.functions.outbox;

import fr.conciergeriesolidaire.functions.templates.MailContent;
import java.util.List;
import java.util.Map;

/**
 * One message, in plain text and HTML. Recipients are addresses already validated; the subject never holds
 * user text with line breaks (see {@link #Email}), so no header can be injected through it.
 *
 * @param tags what the message is about (feature, record, recipient key), given to the mail service so that its
 *     bounce and complaint notifications can be recorded on the record ({@code mailevents})
 */
public record Email(List<String> to, String subject, String text, String html, Map<String, String> tags) {
    /** The e-mail a template wrote ({@code templates.Templates#mail}), to these recipients. */
    public static Email of(List<String> to, MailContent content) {
        return new Email(to, content.subject(), content.text(), content.html(), Map.of());
    }

    /**
     * A delivery that needs no message: the record's duty towards that recipient was done another way (an order
     * added to a partner's digest, which a later e-mail lists). The notifier records it as sent without sending.
     */
    public static Email nothing() {
        return new Email(List.of(), "", "", "", Map.of());
    }

    /** Whether this is {@link #nothing()}: no recipient, nothing to send. */
    public boolean isNothing() {
        return to.isEmpty();
    }

    public Email {
        to = List.copyOf(to);
        // Line breaks in a subject would start new headers in the raw message: flatten them, whatever the source.
        subject = subject.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
        tags = Map.copyOf(tags);
    }

    /** The same message, about {@code recipient}'s e-mail of the record {@code key} of {@code feature}. */
    public Email about(String feature, String key, String recipient) {
        return isNothing() ? this : new Email(to, subject, text, html, MailTags.of(feature, key, recipient));
    }
}
