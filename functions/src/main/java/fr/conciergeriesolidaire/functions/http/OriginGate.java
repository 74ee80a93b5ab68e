package fr.conciergeriesolidaire.functions.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Where CloudFront stands in front of the API (template.yaml, parameter {@code OriginSecret}), CloudFront adds a
 * secret header to what it forwards: a request without it reached the API's own address and is refused (403), so
 * CloudFront's protections (and the visitor's address it gives) cannot be bypassed. Without a secret (the local
 * runner) every request passes.
 */
public final class OriginGate {
    /** The variable holding the secret CloudFront sends; absent where no CloudFront stands in front (local runs). */
    public static final String ORIGIN_SECRET_VARIABLE = "ORIGIN_SECRET";

    public static final String ORIGIN_SECRET_HEADER = "x-origin-verify";

    private final byte[] secret;

    private OriginGate(byte[] secret) {
        this.secret = secret;
    }

    /** @param secret the secret CloudFront sends, where CloudFront stands in front of the API */
    public static OriginGate of(Optional<String> secret) {
        return new OriginGate(
                secret.map(text -> text.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]));
    }

    /** No CloudFront in front: every request passes, none is believed to come through CloudFront. */
    public static OriginGate open() {
        return new OriginGate(new byte[0]);
    }

    /** @throws NotThroughCloudFrontException when a secret is set and the request does not carry it */
    public void check(HttpRequest request) {
        if (secret.length > 0 && !cameThroughCloudFront(request)) {
            throw new NotThroughCloudFrontException();
        }
    }

    /** Whether the request carries the secret (never, without one). */
    boolean cameThroughCloudFront(HttpRequest request) {
        return secret.length > 0
                && request.header(ORIGIN_SECRET_HEADER)
                        // Constant time: the comparison must not reveal how much of a guess was right.
                        .map(sent -> MessageDigest.isEqual(secret, sent.getBytes(StandardCharsets.UTF_8)))
                        .orElse(false);
    }
}
