package fr.conciergeriesolidaire.functions.mailevents;

import fr.conciergeriesolidaire.functions.forms.Json;
import fr.conciergeriesolidaire.functions.forms.JsonObject;
import fr.conciergeriesolidaire.functions.outbox.MailTags;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.thirdparty.jackson.core.JsonProcessingException;

/**
 * Reads an SES event notification (the JSON SES publishes to SNS for the configuration set's event destination) into
 * the {@link MailEvent} worth recording: a permanent bounce, a complaint or a rejection of an e-mail tagged with its
 * record. Transient bounces and delays are SES's own retries, and anything unreadable or untagged is ignored.
 */
final class MailEventReader {
    private MailEventReader() {}

    static Optional<MailEvent> read(String notification) {
        try {
            if (!(Json.read(notification) instanceof JsonObject event)) {
                return Optional.empty();
            }
            Optional<String> kind = kind(event);
            JsonObject mail = object(event, "mail");
            JsonObject tags = object(mail, "tags");
            Optional<String> feature = firstTag(tags, MailTags.FEATURE);
            Optional<String> record = firstTag(tags, MailTags.RECORD);
            Optional<String> recipient = firstTag(tags, MailTags.RECIPIENT);
            if (kind.isEmpty() || feature.isEmpty() || record.isEmpty() || recipient.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MailEvent(
                    feature.get(), record.get(), MailTags.recipient(recipient.get()), kind.get(), time(mail)));
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> kind(JsonObject event) {
        Object type = event.get("eventType");
        if ("Bounce".equals(type)) {
            return "Permanent".equals(object(event, "bounce").get("bounceType"))
                    ? Optional.of("BOUNCE")
                    : Optional.empty();
        }
        if ("Complaint".equals(type)) {
            return Optional.of("COMPLAINT");
        }
        if ("Reject".equals(type)) {
            return Optional.of("REJECT");
        }
        return Optional.empty();
    }

    private static Instant time(JsonObject mail) {
        try {
            return mail.get("timestamp") instanceof String text ? Instant.parse(text) : Instant.EPOCH;
        } catch (DateTimeParseException unreadable) {
            return Instant.EPOCH;
        }
    }

    private static JsonObject object(JsonObject parent, String name) {
        return parent.get(name) instanceof JsonObject child ? child : new JsonObject(java.util.Map.of());
    }

    /** SES gives each tag as a list of values. */
    private static Optional<String> firstTag(JsonObject tags, String name) {
        return tags.get(name) instanceof List<?> values && !values.isEmpty() && values.get(0) instanceof String value
                ? Optional.of(value)
                : Optional.empty();
    }
}
