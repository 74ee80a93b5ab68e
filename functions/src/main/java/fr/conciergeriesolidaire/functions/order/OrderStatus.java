package fr.conciergeriesolidaire.functions.order;

/**
 * Where an order stands, as the team moves it: received (then sent to its partners, which the e-mails' states show),
 * ready to collect at the counter, given back, or cancelled. Each partner answers for its own lines ({@link
 * LineStatus}).
 */
public enum OrderStatus {
    RECEIVED,
    READY,
    GIVEN_BACK,
    CANCELLED;

    /** Whether the order is still being dealt with (neither given back nor cancelled). */
    public boolean isOpen() {
        return this == RECEIVED || this == READY;
    }
}
