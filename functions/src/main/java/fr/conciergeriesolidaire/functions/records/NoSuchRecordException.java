package fr.conciergeriesolidaire.functions.records;

/** The record a screen or a change names does not exist, or no longer (404). */
public final class NoSuchRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchRecordException() {
        super("No such record");
    }
}
