package fr.conciergeriesolidaire.catalog;

/** One problem in a data file, located by file and entry so that whoever edits the data can fix it. */
public record DataError(String file, String entry, String message) {
    @Override
    public String toString() {
        return entry.isEmpty() ? file + " : " + message : file + " › " + entry + " : " + message;
    }
}
