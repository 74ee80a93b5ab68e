package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.outbox.Delivery;
import java.time.Instant;
import java.util.Map;

/** An order as stored: its reference, when it was received, what was ordered, and its e-mails' states. */
public record StoredOrder(
        String reference,
        Instant createdAt,
        OrderRequest request,
        Map<String, Delivery> deliveries,
        boolean needsAttention) {

    public StoredOrder {
        deliveries = Map.copyOf(deliveries);
    }
}
