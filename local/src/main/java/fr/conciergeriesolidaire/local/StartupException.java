package fr.conciergeriesolidaire.local;

/** Why the runner cannot start, in one line a person can act on (printed without a stack trace). */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
