package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.outbox.Delivery;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A registration as stored.
 *
 * @param reference derived from the event and the person's address ({@link RegistrationKeys}): registering again
 *     finds it
 * @param event the event's slug
 * @param personKey the keyed hash of the event and the address, which the reference is derived from
 * @param joinedAt its position on the waiting list when it joined it (1: first), if it ever waited
 * @param attended whether the person came, once the team said so
 * @param version raised by each change, which the team's changes are conditioned on
 * @param siteOrigin the site's origin the form was sent from, where its e-mails' links point
 * @param cancelKey the keyed hash of its cancellation link's secret (never the secret itself)
 */
public record Registration(
        String reference,
        String event,
        String personKey,
        Person person,
        int places,
        Optional<String> accessNeeds,
        RegistrationStatus status,
        Optional<Integer> joinedAt,
        Instant createdAt,
        Optional<Instant> confirmedAt,
        Optional<Instant> cancelledAt,
        Optional<Boolean> attended,
        long version,
        String siteOrigin,
        String cancelKey,
        Map<String, Delivery> deliveries,
        boolean needsAttention) {
    public Registration {
        deliveries = Map.copyOf(deliveries);
    }
}
