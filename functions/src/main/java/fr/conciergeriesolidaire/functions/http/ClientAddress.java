package fr.conciergeriesolidaire.functions.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Who a request comes from, as the per-client rate limit must see it. Behind CloudFront the API's source address is
 * CloudFront's, shared by every visitor; CloudFront then adds the viewer's address ({@code CloudFront-Viewer-Address})
 * and a secret header ({@link OriginGate}). The viewer's address is believed only with that secret. An IPv6 client is
 * known by its /64: one home or phone is given a whole /64, and could otherwise change address at every request.
 */
public final class ClientAddress {
    public static final String VIEWER_ADDRESS_HEADER = "cloudfront-viewer-address";

    private final OriginGate gate;

    public ClientAddress(OriginGate gate) {
        this.gate = gate;
    }

    /** Always the connection's source address: no proxy is trusted. */
    public static ClientAddress sourceOnly() {
        return new ClientAddress(OriginGate.open());
    }

    public OriginGate gate() {
        return gate;
    }

    public String of(HttpRequest request) {
        if (gate.cameThroughCloudFront(request)) {
            Optional<String> viewer = request.header(VIEWER_ADDRESS_HEADER).flatMap(ClientAddress::withoutPort);
            if (viewer.isPresent()) {
                return client(viewer.get());
            }
        }
        return client(request.sourceIp());
    }

    /** An IPv4 address as it is; an IPv6 one as its /64 ({@code 2001:db8:1:2::/64}). */
    static String client(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal address is parsed, never looked up.
            byte[] bytes = InetAddress.getByName(address.replace("[", "").replace("]", ""))
                    .getAddress();
            if (bytes.length != 16) {
                return address;
            }
            HexFormat hex = HexFormat.of();
            StringBuilder prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                prefix.append(Integer.toHexString(Integer.parseInt(hex.formatHex(bytes, group * 2, group * 2 + 2), 16)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return address;
        }
    }

    /** {@code 198.51.100.10:46532} or {@code 2001:db8::1:46532}: the port follows the last colon. */
    private static Optional<String> withoutPort(String viewerAddress) {
        int colon = viewerAddress.lastIndexOf(':');
        String address = colon > 0 ? viewerAddress.substring(0, colon).strip() : "";
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }
}
