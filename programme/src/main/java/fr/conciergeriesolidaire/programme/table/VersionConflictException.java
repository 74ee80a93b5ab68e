package fr.conciergeriesolidaire.programme.table;

/** The event changed (or disappeared) since its author read it: show the new version, never overwrite it. */
public final class VersionConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VersionConflictException(String slug, long seenVersion) {
        super("Event " + slug + " is no longer at version " + seenVersion);
    }
}
