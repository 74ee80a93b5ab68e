package fr.conciergeriesolidaire.functions.order;

/** A partner's answer about one line of an order: none yet, accepted, refused (with a reason), or done and ready. */
public enum LineStatus {
    PENDING,
    ACCEPTED,
    REFUSED,
    READY
}
