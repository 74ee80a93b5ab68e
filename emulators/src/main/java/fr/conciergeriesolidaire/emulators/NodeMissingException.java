package fr.conciergeriesolidaire.emulators;

/** Node.js (or npm) is missing or too old, so the npm emulators cannot run. */
public final class NodeMissingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NodeMissingException(String message) {
        super(message);
    }
}
