package fr.conciergeriesolidaire.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The baked site served over HTTP on 127.0.0.1 as a static host would serve it (files only, no API), so a browser
 * runs the pages' scripts as it would in production. Only GET of files inside the site.
 */
final class StaticSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "ics", "text/calendar; charset=utf-8",
            "xml", "application/xml",
            "atom", "application/atom+xml");

    private final BakedSite site;
    private final HttpServer server;

    StaticSite(BakedSite site) {
        this.site = site;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException unavailable) {
            throw new UncheckedIOException(unavailable);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + sitePath;
    }

    private void serve(HttpExchange exchange) throws IOException {
        Path file = site.file(exchange.getRequestURI().getPath());
        boolean found =
                "GET".equals(exchange.getRequestMethod()) && file.startsWith(site.root()) && Files.isRegularFile(file);
        byte[] body = found ? Files.readAllBytes(file) : new byte[0];
        if (found) {
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders()
                    .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        }
        exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
