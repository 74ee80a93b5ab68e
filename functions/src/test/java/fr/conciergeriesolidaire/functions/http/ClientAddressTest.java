package fr.conciergeriesolidaire.functions.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final String SECRET = "origin-secret-of-at-least-32-characters";
    private static final String CLOUDFRONT = "130.176.1.1";

    private final ClientAddress behindCloudFront = new ClientAddress(OriginGate.of(Optional.of(SECRET)));

    @Test
    void givenTheOriginSecretThenTheViewerAddressIsTheClient() {
        assertThat(behindCloudFront.of(request(SECRET, "198.51.100.10:46532"))).isEqualTo("198.51.100.10");
    }

    @Test
    void givenAnIpv6ClientThenItIsKnownByItsSlash64WhateverItsLastBits() {
        assertThat(behindCloudFront.of(request(SECRET, "2001:db8:0:7::1:46532")))
                .isEqualTo("2001:db8:0:7::/64");
        assertThat(behindCloudFront.of(request(SECRET, "2001:db8:0:7:abcd:ef01:2345:6789:443")))
                .isEqualTo("2001:db8:0:7::/64");
        assertThat(behindCloudFront.of(request(SECRET, "2001:db8:0:8::1:46532")))
                .isEqualTo("2001:db8:0:8::/64");
        assertThat(ClientAddress.sourceOnly()
                        .of(new HttpRequest("POST", "/", Map.of(), Map.of(), "", false, "2001:DB8::2")))
                .isEqualTo("2001:db8:0:0::/64");
    }

    @Test
    void givenTheOriginSecretSet_thenARequestWithoutItOrWithAnotherIsRefused() {
        OriginGate gate = OriginGate.of(Optional.of(SECRET));

        gate.check(request(SECRET, null));
        assertThatThrownBy(() -> gate.check(request(null, null))).isInstanceOf(NotThroughCloudFrontException.class);
        assertThatThrownBy(() -> gate.check(request("guess", null))).isInstanceOf(NotThroughCloudFrontException.class);
        OriginGate.open().check(request(null, null));
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
        ClientAddress direct = new ClientAddress(OriginGate.of(Optional.empty()));

        assertThat(direct.of(request("", "198.51.100.10:46532"))).isEqualTo(CLOUDFRONT);
        assertThat(direct.of(request(SECRET, "198.51.100.10:46532"))).isEqualTo(CLOUDFRONT);
    }

    private static HttpRequest request(String secret, String viewerAddress) {
        Map<String, String> headers = new HashMap<>();
        if (secret != null) {
            headers.put(OriginGate.ORIGIN_SECRET_HEADER, secret);
        }
        if (viewerAddress != null) {
            headers.put(ClientAddress.VIEWER_ADDRESS_HEADER, viewerAddress);
        }
        return new HttpRequest("POST", "/api/orders", headers, Map.of(), "", false, CLOUDFRONT);
    }
}
