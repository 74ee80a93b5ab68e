package fr.conciergeriesolidaire.functions.access;

/** The signed-in member's role does not allow this screen or action (403). Nothing was changed. */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("Role not allowed");
    }
}
