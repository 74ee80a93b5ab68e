package fr.conciergeriesolidaire.functions.outbox;

import java.util.Map;

/**
 * The tags an e-mail carries to the mail service, and back in its bounce and complaint notifications: which feature's
 * record and which of its e-mails. SES allows letters, digits, {@code _} and {@code -} in a tag: a recipient key's
 * {@code :} ({@code partner:atelier-repassage}) travels as {@code __}.
 */
public final class MailTags {
    public static final String FEATURE = "feature";
    public static final String RECORD = "record";
    public static final String RECIPIENT = "recipient";
    private static final String COLON = "__";

    private MailTags() {}

    static Map<String, String> of(String feature, String key, String recipient) {
        return Map.of(FEATURE, feature, RECORD, key, RECIPIENT, recipient.replace(":", COLON));
    }

    /** The recipient key a tag value stands for. */
    public static String recipient(String tagValue) {
        return tagValue.replace(COLON, ":");
    }
}
