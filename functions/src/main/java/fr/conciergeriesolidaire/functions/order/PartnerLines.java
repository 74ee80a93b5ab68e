package fr.conciergeriesolidaire.functions.order;

import java.time.Instant;
import java.util.List;

/**
 * The partners' orders, by partner and drop-off time (template.yaml, PartnerLinesTable): written by the notifier when
 * it tells a partner of a new order, read by the partner's page and by its digests. Implemented on DynamoDB.
 */
public interface PartnerLines {
    /** Records the partner's lines of an order; recording them again changes nothing (a retried notifier). */
    void record(PartnerLine line);

    /**
     * The partner's orders dropped off from {@code from} (included) to {@code to} (excluded), in drop-off order, as
     * stored now (strongly consistent: what was recorded before the call is there).
     */
    List<PartnerLine> of(String partnerId, Instant from, Instant to);

    /** Deletes the partner's lines of an order (its erasure); nothing happens for lines not recorded. */
    void forget(String partnerId, Instant slotStart, String reference);
}
