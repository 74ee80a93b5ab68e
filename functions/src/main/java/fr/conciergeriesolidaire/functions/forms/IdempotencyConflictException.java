package fr.conciergeriesolidaire.functions.forms;

/** The idempotency key was already used for a different submission (409). */
public final class IdempotencyConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IdempotencyConflictException() {
        super("Idempotency key reused with different content");
    }
}
