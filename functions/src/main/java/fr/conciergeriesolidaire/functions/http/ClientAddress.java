package fr.conciergeriesolidaire.functions.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The address a request comes from, as the per-client rate limit must see it. Behind CloudFront the API's
 * source address is CloudFront's, shared by every visitor; CloudFront then adds the viewer's address
 * ({@code CloudFront-Viewer-Address}) and a secret header (template.yaml, parameter {@code OriginSecret}). The
 * viewer's address is believed only with that secret: anyone calling the API's own URL can write any header, so
 * such a request is keyed on its real source address.
 */
public final class ClientAddress {
    /** The variable holding the secret CloudFront sends; absent where no CloudFront stands in front (local runs). */
    public static final String ORIGIN_SECRET_VARIABLE = "ORIGIN_SECRET";

    public static final String ORIGIN_SECRET_HEADER = "x-origin-verify";
    public static final String VIEWER_ADDRESS_HEADER = "cloudfront-viewer-address";

    private final byte[] originSecret;

    private ClientAddress(byte[] originSecret) {
        this.originSecret = originSecret;
    }

    /** @param originSecret the secret CloudFront sends, where CloudFront stands in front of the API */
    public static ClientAddress behind(Optional<String> originSecret) {
        return originSecret
                .map(secret -> new ClientAddress(secret.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(ClientAddress::sourceOnly);
    }

    /** Always the connection's source address: no proxy is trusted. */
    public static ClientAddress sourceOnly() {
        return new ClientAddress(new byte[0]);
    }

    public String of(HttpRequest request) {
        if (cameThroughCloudFront(request)) {
            Optional<String> viewer = request.header(VIEWER_ADDRESS_HEADER).flatMap(ClientAddress::withoutPort);
            if (viewer.isPresent()) {
                return viewer.get();
            }
        }
        return request.sourceIp();
    }

    private boolean cameThroughCloudFront(HttpRequest request) {
        return originSecret.length > 0
                && request.header(ORIGIN_SECRET_HEADER)
                        // Constant time: the comparison must not reveal how much of a guess was right.
                        .map(sent -> MessageDigest.isEqual(originSecret, sent.getBytes(StandardCharsets.UTF_8)))
                        .orElse(false);
    }

    /** {@code 198.51.100.10:46532} or {@code 2001:db8::1:46532}: the port follows the last colon. */
    private static Optional<String> withoutPort(String viewerAddress) {
        int colon = viewerAddress.lastIndexOf(':');
        String address = colon > 0 ? viewerAddress.substring(0, colon).strip() : "";
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }
}
