package fr.conciergeriesolidaire.functions.records;

/** No record under that reference (never one, erased, or past its retention): 404. */
public final class RecordNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String reference) {
        super("No record " + reference);
    }
}
