package fr.conciergeriesolidaire.functions.http;

/** The body is larger than any legitimate submission (413); refused before being read. */
public final class PayloadTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit) {
        super("Body larger than " + limit + " bytes");
    }
}
