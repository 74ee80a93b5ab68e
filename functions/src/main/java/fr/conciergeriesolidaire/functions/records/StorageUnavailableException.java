package fr.conciergeriesolidaire.functions.records;

/** DynamoDB could not be reached or refused the call for a reason that is not the request's fault (503). */
public final class StorageUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(Throwable cause) {
        super("Storage unavailable: " + cause.getClass().getSimpleName(), cause);
    }
}
