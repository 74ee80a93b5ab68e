package fr.conciergeriesolidaire.functions.forms;

/**
 * What makes two submissions "the same": {@code value} is the keyed hash of the client's key (or, without
 * JavaScript, of the canonical content); {@code fingerprint} is the keyed hash of the content, to tell a
 * replay (same content) from a reused key (different content, 409).
 */
public record IdempotencyKey(String value, String fingerprint) {}
