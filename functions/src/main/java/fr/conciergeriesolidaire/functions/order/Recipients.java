package fr.conciergeriesolidaire.functions.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The e-mails an order sends, by recipient key: the customer, the team, and one per partner concerned. */
final class Recipients {
    static final String CUSTOMER = "customer";
    static final String TEAM = "team";
    private static final String PARTNER_PREFIX = "partner:";

    private Recipients() {}

    static List<String> of(OrderRequest request) {
        List<String> recipients = new ArrayList<>(List.of(CUSTOMER, TEAM));
        request.lines().stream()
                .map(line -> PARTNER_PREFIX + line.partnerId())
                .distinct()
                .forEach(recipients::add);
        return recipients;
    }

    static Optional<String> partnerId(String recipient) {
        return recipient.startsWith(PARTNER_PREFIX)
                ? Optional.of(recipient.substring(PARTNER_PREFIX.length()))
                : Optional.empty();
    }
}
