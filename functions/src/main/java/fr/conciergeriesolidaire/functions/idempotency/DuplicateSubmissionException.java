package fr.conciergeriesolidaire.functions.idempotency;

/**
 * The same thing is already pending under another submission (409): a company's site with a sign-up awaiting
 * review... The existing record's reference is given back, so the person can quote it.
 */
public final class DuplicateSubmissionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reference;
    private final String summary;

    /** @param summary what the person reads, in French, naming the reference */
    public DuplicateSubmissionException(String reference, String summary) {
        super("Already pending under another submission");
        this.reference = reference;
        this.summary = summary;
    }

    public String reference() {
        return reference;
    }

    public String summary() {
        return summary;
    }
}
