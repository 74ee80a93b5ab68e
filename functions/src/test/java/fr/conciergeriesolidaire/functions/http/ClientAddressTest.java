package fr.conciergeriesolidaire.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final String SECRET = "origin-secret-of-at-least-32-characters";
    private static final String CLOUDFRONT = "130.176.1.1";

    private final ClientAddress behindCloudFront = ClientAddress.behind(Optional.of(SECRET));

    @Test
    void givenTheOriginSecretThenTheViewerAddressIsTheClient() {
        assertThat(behindCloudFront.of(request(SECRET, "198.51.100.10:46532"))).isEqualTo("198.51.100.10");
        assertThat(behindCloudFront.of(request(SECRET, "2001:db8::1:46532"))).isEqualTo("2001:db8::1");
    }

    @Test
    void givenNoOrAWrongSecretThenTheForgeableViewerHeaderIsIgnored() {
        assertThat(behindCloudFront.of(request(null, "198.51.100.10:46532"))).isEqualTo(CLOUDFRONT);
        assertThat(behindCloudFront.of(request("guess", "198.51.100.10:46532"))).isEqualTo(CLOUDFRONT);
    }

    @Test
    void givenTheSecretButAMalformedViewerAddressThenTheSourceAddressIsUsed() {
        assertThat(behindCloudFront.of(request(SECRET, ":46532"))).isEqualTo(CLOUDFRONT);
        assertThat(behindCloudFront.of(request(SECRET, null))).isEqualTo(CLOUDFRONT);
    }

    @Test
    void givenNoConfiguredSecretThenNoProxyIsTrustedEvenWithHeaders() {
        ClientAddress direct = ClientAddress.behind(Optional.empty());

        assertThat(direct.of(request("", "198.51.100.10:46532"))).isEqualTo(CLOUDFRONT);
        assertThat(direct.of(request(SECRET, "198.51.100.10:46532"))).isEqualTo(CLOUDFRONT);
    }

    private static HttpRequest request(String secret, String viewerAddress) {
        Map<String, String> headers = new HashMap<>();
        if (secret != null) {
            headers.put(ClientAddress.ORIGIN_SECRET_HEADER, secret);
        }
        if (viewerAddress != null) {
            headers.put(ClientAddress.VIEWER_ADDRESS_HEADER, viewerAddress);
        }
        return new HttpRequest("POST", "/api/orders", headers, Map.of(), "", false, CLOUDFRONT);
    }
}
