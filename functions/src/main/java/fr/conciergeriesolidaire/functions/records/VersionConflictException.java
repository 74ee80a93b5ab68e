package fr.conciergeriesolidaire.functions.records;

/**
 * A record changed since the person read it (another member, a partner, the customer): the change is refused (409)
 * and the person is shown the record as it is now, never overwritten silently.
 */
public final class VersionConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reference;

    public VersionConflictException(String reference) {
        super("Changed since it was read: " + reference);
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
