package fr.conciergeriesolidaire.functions.backoffice;

/**
 * A sign-in link that opens nothing (410): never issued, used already, expired, for an address that is no longer the
 * member's, or of a member removed or whose sessions were ended since. One answer for all: it tells nothing.
 */
final class InvalidLinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidLinkException() {
        super("Sign-in link not usable");
    }
}
