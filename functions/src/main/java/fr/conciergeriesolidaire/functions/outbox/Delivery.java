package fr.conciergeriesolidaire.functions.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of one e-mail of a record (to the customer, the team, one partner...).
 *
 * @param sentAt when the mail service accepted it, once sent (a resident's follow-up page dates "sent to the partner")
 */
public record Delivery(
        String recipient,
        DeliveryState state,
        int attempts,
        Instant nextAttemptAt,
        Optional<Instant> leaseUntil,
        Optional<Instant> sentAt) {

    /** A delivery whose sending time is not known (not sent yet, or read where it does not matter). */
    public Delivery(
            String recipient, DeliveryState state, int attempts, Instant nextAttemptAt, Optional<Instant> leaseUntil) {
        this(recipient, state, attempts, nextAttemptAt, leaseUntil, Optional.empty());
    }

    /** True when a sender may claim it now: pending and due, or claimed by a sender whose lease ran out. */
    public boolean isDue(Instant now) {
        return switch (state) {
            case PENDING -> !nextAttemptAt.isAfter(now);
            case SENDING -> leaseUntil.map(until -> until.isBefore(now)).orElse(true);
            case SENT, FAILED -> false;
        };
    }

    /** When a sweeper should next look at it, or empty when it is settled. */
    public Optional<Instant> wakeUp() {
        return switch (state) {
            case PENDING -> Optional.of(nextAttemptAt);
            case SENDING -> Optional.of(leaseUntil.orElse(nextAttemptAt));
            case SENT, FAILED -> Optional.empty();
        };
    }
}
