package fr.conciergeriesolidaire.functions.forms;

/**
 * The thing has had as many submissions as the storage keeps room for within the retention period (e.g. a
 * company site signed up, declined and signed up again many times): a person must look at it (409).
 */
public final class SubmissionLimitReachedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SubmissionLimitReachedException() {
        super("Every slot of this thing is taken");
    }
}
