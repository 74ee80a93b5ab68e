package fr.conciergeriesolidaire.functions.forms;

/**
 * The same thing is already pending under another submission (409): a company's site with a sign-up awaiting
 * review... The existing record's reference is given back, so the person can quote it.
 */
public final class DuplicateSubmissionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reference;
    private final Message summary;

    /** @param summary what the person reads, naming the reference */
    public DuplicateSubmissionException(String reference, Message summary) {
        super("Already pending under another submission");
        this.reference = reference;
        this.summary = summary;
    }

    /** As a store finds it: the reference of the blocking record; the feature's service adds the summary. */
    public DuplicateSubmissionException(String reference) {
        this(reference, Message.of("answer.conflict"));
    }

    public String reference() {
        return reference;
    }

    public Message summary() {
        return summary;
    }
}
