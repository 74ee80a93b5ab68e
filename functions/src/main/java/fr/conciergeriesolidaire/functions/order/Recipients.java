package fr.conciergeriesolidaire.functions.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The e-mails an order sends, by recipient key: when it is taken, the customer, the team, and one per partner
 * concerned; later, as it moves on, the customer when it is ready, when a line is refused or when it is cancelled, the
 * partners when it is cancelled, and the team when the customer cancels it.
 */
final class Recipients {
    static final String CUSTOMER = "customer";
    static final String TEAM = "team";
    static final String CUSTOMER_READY = "customer:ready";
    static final String CUSTOMER_CANCELLED = "customer:cancelled";
    static final String TEAM_CANCELLED = "team:cancelled";
    /** The team: the customer had the order cancelled and erased ("Mes données"). */
    static final String TEAM_ERASED = "team:erased";

    private static final String PARTNER_PREFIX = "partner:";
    private static final String REFUSED_PREFIX = "customer:refused:";
    private static final String CANCELLED_PREFIX = "cancelled:partner:";

    private Recipients() {}

    static List<String> of(OrderRequest request) {
        List<String> recipients = new ArrayList<>(List.of(CUSTOMER, TEAM));
        request.lines().stream()
                .map(line -> partner(line.partnerId()))
                .distinct()
                .forEach(recipients::add);
        return recipients;
    }

    /** The recipient key of a partner's notice of a new order (its e-mail, or its place in the partner's digest). */
    static String partner(String partnerId) {
        return PARTNER_PREFIX + partnerId;
    }

    /** Whether the e-mail goes to the customer (erasing the order removes those still to send). */
    static boolean isCustomers(String recipient) {
        return recipient.equals(CUSTOMER) || recipient.startsWith(CUSTOMER + ":");
    }

    static String lineRefused(int line) {
        return REFUSED_PREFIX + line;
    }

    static Optional<Integer> refusedLine(String recipient) {
        return recipient.startsWith(REFUSED_PREFIX)
                ? Optional.of(Integer.parseInt(recipient.substring(REFUSED_PREFIX.length())))
                : Optional.empty();
    }

    static String partnerCancelled(String partnerId) {
        return CANCELLED_PREFIX + partnerId;
    }

    static Optional<String> cancelledPartner(String recipient) {
        return recipient.startsWith(CANCELLED_PREFIX)
                ? Optional.of(recipient.substring(CANCELLED_PREFIX.length()))
                : Optional.empty();
    }

    static Optional<String> partnerId(String recipient) {
        return recipient.startsWith(PARTNER_PREFIX)
                ? Optional.of(recipient.substring(PARTNER_PREFIX.length()))
                : Optional.empty();
    }
}
