package fr.conciergeriesolidaire.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fr.conciergeriesolidaire.local.RawRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page of another domain pointed at 127.0.0.1 (DNS rebinding) sends its own name as Host: it gets nothing. */
class HostCheckTest {
    private HttpServer server;
    private int port;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        Responder responder = new Responder(new SecurityHeaders(List.of()));
        server.createContext(
                        "/", exchange -> responder.sendText(exchange, 200, "text/plain; charset=utf-8", "courriels"))
                .getFilters()
                .add(new HostCheck(port, responder));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void givenTheLoopbackNamesWithThePortThenTheRequestIsServed() throws Exception {
        for (String host : List.of("localhost:" + port, "LocalHost:" + port, "127.0.0.1:" + port, "[::1]:" + port)) {
            assertThat(RawRequest.get(port, "/_local/mails", host))
                    .as(host)
                    .startsWith("HTTP/1.1 200")
                    .endsWith("courriels");
        }
    }

    @Test
    void givenAnotherNameAnotherPortOrNoPortThenItIsRefusedIn421WithAFrenchLine() throws Exception {
        for (String host : List.of(
                "evil.example:" + port,
                "localhost.evil.example:" + port,
                "127.0.0.1.nip.io:" + port,
                "localhost:" + (port + 1),
                "localhost",
                "",
                "localhost:" + port + "@evil.example")) {
            String answer = RawRequest.get(port, "/_local/mails", host);

            assertThat(answer).as(host).startsWith("HTTP/1.1 421").doesNotContain("courriels");
            assertThat(answer)
                    .as(host)
                    .endsWith("Ce serveur local ne répond qu'aux adresses localhost, 127.0.0.1 et [::1] : ouvrez"
                            + " http://localhost:" + port + "/\n");
        }
    }
}
