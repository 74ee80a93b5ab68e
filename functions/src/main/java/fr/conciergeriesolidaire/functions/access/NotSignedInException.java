package fr.conciergeriesolidaire.functions.access;

/**
 * A back-office request without a signed-in member in its authorizer context (401): a route left unguarded in
 * template.yaml, since the authorizer refuses a visitor without a session before the function runs.
 */
public final class NotSignedInException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("No signed-in member in the authorizer context");
    }
}
