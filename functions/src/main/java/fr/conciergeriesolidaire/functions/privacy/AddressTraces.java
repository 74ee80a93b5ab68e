package fr.conciergeriesolidaire.functions.privacy;

import java.time.Instant;

/**
 * What remains of a person's address outside their records once these are erased: the counters that limit how many
 * e-mails one address receives (rate limits keyed by a keyed hash of it). Erased with the person's last record.
 */
public interface AddressTraces {
    void forget(String email, Instant now);
}
