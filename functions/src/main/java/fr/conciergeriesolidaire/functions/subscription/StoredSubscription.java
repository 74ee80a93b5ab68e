package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.outbox.Delivery;
import java.time.Instant;
import java.util.Map;

/**
 * A sign-up as stored: its reference, when it was received, where the team's review stands, what was asked,
 * and its e-mails' states.
 *
 * @param status {@value SubscriptionItemMapper#AWAITING_REVIEW} when stored; the team sets another value (for
 *     example CONFIRMED or DECLINED) once it has dealt with it, which lets the same site sign up again
 */
public record StoredSubscription(
        String reference,
        Instant createdAt,
        String status,
        SubscriptionRequest request,
        Map<String, Delivery> deliveries,
        boolean needsAttention) {

    public StoredSubscription {
        deliveries = Map.copyOf(deliveries);
    }
}
