package fr.conciergeriesolidaire.functions.mailevents;

import java.time.Instant;

/**
 * What the mail service said of an e-mail it had accepted, about which record's e-mail (from the e-mail's tags).
 *
 * @param kind {@code BOUNCE} (the address cannot receive), {@code COMPLAINT} (marked as spam), {@code REJECT}
 */
public record MailEvent(String feature, String record, String recipient, String kind, Instant at) {}
