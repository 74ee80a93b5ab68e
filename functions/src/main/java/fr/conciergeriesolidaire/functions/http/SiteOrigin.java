package fr.conciergeriesolidaire.functions.http;

import java.util.Optional;

/**
 * The site's origin as the browser addressed it ({@code https://www.example.fr}), which the {@code Origin} header of
 * a form posted from the site itself must equal. Behind CloudFront the API sees only its own host: a CloudFront
 * Function (template.yaml, ViewerHostFunction) copies the visitor's {@code Host} into {@value #VIEWER_HOST_HEADER},
 * believed only on requests carrying the origin secret ({@link OriginGate}), and the site is served over HTTPS only.
 * Without CloudFront (the local runner, which answers only its own loopback host) the request's {@code Host} is the
 * site's, over plain HTTP.
 */
public final class SiteOrigin {
    public static final String VIEWER_HOST_HEADER = "x-viewer-host";

    private final OriginGate gate;

    public SiteOrigin(OriginGate gate) {
        this.gate = gate;
    }

    /** Empty when the request does not say which host it was sent to. */
    public Optional<String> of(HttpRequest request) {
        if (gate.cameThroughCloudFront(request)) {
            return request.header(VIEWER_HOST_HEADER).filter(SiteOrigin::isHost).map(host -> "https://" + host);
        }
        return request.header("host").filter(SiteOrigin::isHost).map(host -> "http://" + host);
    }

    /** A host name or address with an optional port; nothing that could end an origin early or add a path. */
    private static boolean isHost(String host) {
        return !host.isEmpty() && host.length() <= 255 && host.matches("[A-Za-z0-9.\\-\\[\\]:]+");
    }
}
