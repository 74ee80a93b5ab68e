package fr.conciergeriesolidaire.functions.http;

/** The request reached the API's own address instead of coming through CloudFront (403). */
public final class NotThroughCloudFrontException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotThroughCloudFrontException() {
        super("Request without the origin secret");
    }
}
