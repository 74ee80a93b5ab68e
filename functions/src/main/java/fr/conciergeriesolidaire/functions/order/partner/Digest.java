package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.functions.order.PickupWindow;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import java.util.Map;

/**
 * A partner's digest of one pickup window: made once its time has come, sent once (its e-mail's delivery state, the
 * orders' outbox). What it lists is read from the orders when it is sent.
 */
record Digest(String partnerId, PickupWindow window, Map<String, Delivery> deliveries) {
    /** The recipient key of its one e-mail. */
    static final String PARTNER = "partner";

    Digest {
        deliveries = Map.copyOf(deliveries);
    }

    /** One per partner and window, whatever runs make it: {@code velo-atelier#comptoir-canal#2026-03-04T13:00:00.000Z}. */
    static String id(String partnerId, PickupWindow window) {
        return partnerId + "#" + window.counterId() + "#" + Timestamps.format(window.start());
    }

    String id() {
        return id(partnerId, window);
    }
}
