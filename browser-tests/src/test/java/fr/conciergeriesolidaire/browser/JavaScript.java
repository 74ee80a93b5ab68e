package fr.conciergeriesolidaire.browser;

/** Whether the browser runs the pages' scripts: every journey must work both ways. */
public enum JavaScript {
    ENABLED,
    DISABLED;

    public boolean enabled() {
        return this == ENABLED;
    }
}
