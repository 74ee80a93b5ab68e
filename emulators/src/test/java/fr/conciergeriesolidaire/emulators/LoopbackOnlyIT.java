package fr.conciergeriesolidaire.emulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The emulators hold the local tables and every e-mail sent: they listen on 127.0.0.1 only, never on an address
 * that someone on the same network can reach.
 */
class LoopbackOnlyIT {
    @Test
    void givenTheEmulatorsStartedThenTheirPortsListenOnTheLoopbackAddressOnly() throws Exception {
        assumeTrue(ListeningSockets.readable(), "needs Linux's /proc/net/tcp");
        try (Emulators emulators = Emulators.startInMemory()) {
            for (EmulatedService service : List.of(emulators.dynamoDb(), emulators.mail())) {
                assumeTrue(service.isChildProcess(), "an endpoint given from outside is not started here");
                int port = service.endpoint().getPort();

                assertThat(ListeningSockets.onPort(port))
                        .as(
                                "sockets listening on port %d (%s)",
                                port, service.getClass().getSimpleName())
                        .isNotEmpty()
                        .extracting(ListeningSockets.Socket::address)
                        .containsOnly(InetAddress.getByName("127.0.0.1"));
            }
        }
    }
}
