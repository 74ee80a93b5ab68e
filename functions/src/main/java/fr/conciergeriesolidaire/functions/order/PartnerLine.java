package fr.conciergeriesolidaire.functions.order;

import java.time.Instant;

/**
 * That a partner has lines in an order, kept apart from the order so that a partner's page and digest find all its
 * orders of the coming days with one query: the order's reference, where and when it is dropped off. No personal
 * data; it expires with the order.
 */
public record PartnerLine(String partnerId, String reference, String counterId, Instant slotStart, Instant expiresAt) {
    /** The one for that partner's lines in that order. */
    public static PartnerLine of(StoredOrder order, String partnerId, Instant expiresAt) {
        return new PartnerLine(
                partnerId,
                order.reference(),
                order.request().counterId(),
                order.request().slot().start(),
                expiresAt);
    }
}
