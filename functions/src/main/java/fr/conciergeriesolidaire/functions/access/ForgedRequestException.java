package fr.conciergeriesolidaire.functions.access;

/**
 * A state-changing request that did not come from a form of the site (403): a missing or foreign {@code Origin}, or a
 * missing or wrong CSRF token. Refused before anything is read or changed.
 */
public final class ForgedRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForgedRequestException() {
        super("Not sent by a form of the site");
    }
}
