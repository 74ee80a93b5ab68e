package fr.conciergeriesolidaire.functions.records;

/**
 * A record changed since the person read it: their change, conditional on the version they saw, was refused (409)
 * so that nobody overwrites someone else's change without seeing it. The screen shows the record as it is now.
 */
public final class VersionConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VersionConflictException() {
        super("The record changed since it was read");
    }
}
