package fr.conciergeriesolidaire.functions.records;

/**
 * A change the record's state does not allow (an order already given back cannot become ready...): refused (409),
 * with what the person reads, as a key of the site's wording.
 */
public final class ChangeRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ChangeRefusedException(String messageKey) {
        super("Change refused: " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
