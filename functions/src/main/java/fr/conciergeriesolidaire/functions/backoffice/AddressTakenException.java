package fr.conciergeriesolidaire.functions.backoffice;

/** A new member's address is already a member's (409, shown on the address field). Nothing was stored. */
final class AddressTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AddressTakenException() {
        super("Address already a member's");
    }
}
