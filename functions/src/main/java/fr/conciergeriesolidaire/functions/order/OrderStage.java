package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.outbox.DeliveryState;
import java.util.Locale;

/**
 * Where an order stands as the team reads it: its {@link OrderStatus}, with "received" split in two by what its
 * partners' e-mails say. An order is transmitted once each partner concerned has been told of it (its e-mail sent,
 * or the order listed for its digest): nobody has to transmit it by hand, the notifier does it as soon as the order
 * is stored, and the sweeper until it succeeds (an e-mail given up alerts the team instead).
 */
public enum OrderStage {
    RECEIVED,
    TRANSMITTED,
    READY,
    GIVEN_BACK,
    CANCELLED;

    public static OrderStage of(StoredOrder order) {
        return switch (order.status()) {
            case RECEIVED -> allPartnersTold(order) ? TRANSMITTED : RECEIVED;
            case READY -> READY;
            case GIVEN_BACK -> GIVEN_BACK;
            case CANCELLED -> CANCELLED;
        };
    }

    /** Its name in the site's wording: {@code order.stage.received}... */
    public String wordingKey() {
        return "order.stage." + name().toLowerCase(Locale.ROOT);
    }

    private static boolean allPartnersTold(StoredOrder order) {
        return order.request().lines().stream()
                .map(line -> Recipients.partner(line.partnerId()))
                .distinct()
                .allMatch(recipient -> order.deliveries().containsKey(recipient)
                        && order.deliveries().get(recipient).state() == DeliveryState.SENT);
    }
}
