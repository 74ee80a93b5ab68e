package fr.conciergeriesolidaire.functions.outbox;

/** Where one e-mail of a record stands. */
public enum DeliveryState {
    /** Not sent yet; due at its next attempt time. */
    PENDING,
    /** Claimed by a sender until its lease ends (then it may be claimed again). */
    SENDING,
    SENT,
    /** Given up after the maximum number of attempts; the team was alerted. */
    FAILED
}
