package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.functions.order.PickupWindow;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import java.time.Instant;
import java.util.Optional;

/** The partners' digests (template.yaml, PartnerDigestsTable). Implemented on DynamoDB. */
interface Digests extends StoredNotifications.Records<Digest> {
    /**
     * Makes the partner's digest of that window, its e-mail due now, unless it was made already: one per partner and
     * window, whatever runs try.
     *
     * @return whether this call made it
     */
    boolean create(String partnerId, PickupWindow window, Instant now);

    @Override
    Optional<Digest> find(String digestId);
}
