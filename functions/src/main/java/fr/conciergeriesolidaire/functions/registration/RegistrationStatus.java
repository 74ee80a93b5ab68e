package fr.conciergeriesolidaire.functions.registration;

import java.util.Locale;

/** Where a registration stands; its French name is {@code registration.status.<name>}. */
public enum RegistrationStatus {
    /** Written, its places not yet decided: the ledger holds or queues it next (or the sweeper does). */
    PENDING,
    /** Holds its places. */
    CONFIRMED,
    /** On the waiting list; confirmed by itself when places free up for it. */
    WAITING,
    /** Cancelled by the person (its places given to the waiting list). */
    CANCELLED;

    public String wordingKey() {
        return "registration.status." + name().toLowerCase(Locale.ROOT);
    }

    /** The person expects to come, or to be told if a place frees. */
    public boolean isLive() {
        return this == CONFIRMED || this == WAITING;
    }
}
