package fr.conciergeriesolidaire.functions.registration;

import java.time.Instant;

/**
 * The site's pages of the events, which say whether places are left: published again when an event fills up or a
 * place of a full event frees (the publisher reads the places ledger, {@code site.event.TableEvents}).
 */
interface PublicPages {
    /** The event went from full to not full, or back. */
    void fullnessChanged(String event, Instant now);
}
