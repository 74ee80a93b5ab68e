package fr.conciergeriesolidaire.functions.http;

/** The body is neither JSON nor an HTML form post in UTF-8 (415). */
public final class UnsupportedMediaTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedMediaTypeException() {
        super("Unsupported content type");
    }
}
