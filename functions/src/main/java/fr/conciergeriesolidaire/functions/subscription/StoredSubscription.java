package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.outbox.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sign-up as stored: its reference, when it was received, where the team's review stands (its status, its version
 * for conditional changes, its audit trail and notes), what was asked (start date and headcount as the team last
 * agreed them), its e-mails' states, and the company site it was given once agreed (a counter of kind {@code
 * company}: where its employees' orders are taken).
 */
public record StoredSubscription(
        String reference,
        Instant createdAt,
        SignUpStatus status,
        SubscriptionRequest request,
        long version,
        List<SignUpEvent> history,
        List<SignUpNote> notes,
        Map<String, Delivery> deliveries,
        boolean needsAttention,
        Optional<String> counterId) {

    public StoredSubscription {
        history = List.copyOf(history);
        notes = List.copyOf(notes);
        deliveries = Map.copyOf(deliveries);
    }
}
