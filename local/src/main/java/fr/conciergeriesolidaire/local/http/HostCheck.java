package fr.conciergeriesolidaire.local.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to this machine by name ({@code localhost}, {@code 127.0.0.1}, {@code [::1]} with
 * the runner's port): a web page whose domain an attacker points at 127.0.0.1 (DNS rebinding) sends its own name as
 * {@code Host} and gets 421, so it cannot read {@code /_local/mails} or call the API with the local secrets.
 */
public final class HostCheck extends Filter {
    /** RFC 9110's "Misdirected Request": this server does not answer for that name. */
    static final int MISDIRECTED = 421;

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final int port;
    private final Responder responder;

    public HostCheck(int port, Responder responder) {
        this.port = port;
        this.responder = responder;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (isLocal(exchange.getRequestHeaders().getFirst("Host"))) {
            chain.doFilter(exchange);
        } else {
            responder.sendText(
                    exchange,
                    MISDIRECTED,
                    "text/plain; charset=utf-8",
                    "Ce serveur local ne répond qu'aux adresses localhost, 127.0.0.1 et [::1] : ouvrez http://localhost:"
                            + port + "/\n");
        }
    }

    /** A browser always sends the port unless it is the scheme's default (80). */
    boolean isLocal(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        String withPort = ":" + port;
        if (name.endsWith(withPort)) {
            name = name.substring(0, name.length() - withPort.length());
        } else if (port != 80) {
            return false;
        }
        return LOOPBACK_NAMES.contains(name);
    }

    @Override
    public String description() {
        return "answers requests addressed to localhost, 127.0.0.1 or [::1] only";
    }
}
