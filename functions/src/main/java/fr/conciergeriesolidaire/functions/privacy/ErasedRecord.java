package fr.conciergeriesolidaire.functions.privacy;

/**
 * A record that was erased: which one, where the confirmation goes, and whether it had to be ended first.
 *
 * @param email the address the record held, to confirm the erasure to, then forget
 * @param cancelled whether it was still in progress and was ended first (an order cancelled, its partners told)
 */
public record ErasedRecord(String kind, String reference, String email, boolean cancelled) {}
