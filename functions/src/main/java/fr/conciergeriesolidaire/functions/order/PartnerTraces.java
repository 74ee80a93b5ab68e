package fr.conciergeriesolidaire.functions.order;

/**
 * What an order leaves with its partners, deleted with it when it is erased: each partner's line item (their page and
 * digests list the order by it) and private link. Neither holds the customer's data, but both would still point at
 * an order that no longer exists.
 */
final class PartnerTraces {
    private final PartnerLines lines;
    private final PartnerLinks links;

    PartnerTraces(PartnerLines lines, PartnerLinks links) {
        this.lines = lines;
        this.links = links;
    }

    void forget(StoredOrder order) {
        order.request().lines().stream().map(OrderLine::partnerId).distinct().forEach(partnerId -> {
            lines.forget(partnerId, order.request().slot().start(), order.reference());
            links.revoke(order.reference(), partnerId);
        });
    }
}
