package fr.conciergeriesolidaire.local.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import fr.conciergeriesolidaire.local.http.Responder;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The baked site, as CloudFront and S3 serve it: {@link DirectoryIndex} for folders, content types from the shared
 * table, the site's 404 page with status 404, GET and HEAD only. Files are read on each request, after
 * {@code awaitFresh} has returned (the runner's {@link WatchedSite#awaitFresh()}), so a rebuilt site shows at once.
 */
public final class StaticSite implements HttpHandler {
    /** Built for the functions, not published (the deployment does not upload it either). */
    public static final Set<String> UNPUBLISHED_FOLDERS = Set.of("_shell");

    static final String NOT_FOUND_PAGE = "404.html";

    private final Path root;
    private final ContentTypes contentTypes;
    private final Responder responder;
    private final Runnable awaitFresh;

    public StaticSite(Path root, ContentTypes contentTypes, Responder responder, Runnable awaitFresh) {
        this.root = root.toAbsolutePath().normalize();
        this.contentTypes = contentTypes;
        this.responder = responder;
        this.awaitFresh = awaitFresh;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            responder.sendText(exchange, 405, "text/plain; charset=utf-8", "Méthode non permise.\n");
            return;
        }
        String path =
                URLDecoder.decode(exchange.getRequestURI().getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        DirectoryIndex.Resolution resolution = DirectoryIndex.resolve(path);
        if (resolution.redirect() != null) {
            // Without the query string, as the CloudFront Function (the site never links to such an address).
            exchange.getResponseHeaders()
                    .set("Location", exchange.getRequestURI().getRawPath() + "/");
            responder.send(exchange, 301, new byte[0]);
            return;
        }
        awaitFresh.run();
        Path file = published(resolution.file());
        if (file == null) {
            serve(exchange, 404, root.resolve(NOT_FOUND_PAGE));
        } else {
            serve(exchange, 200, file);
        }
    }

    /** The file under the root that the path names, or null (missing, outside the root, unpublished). */
    private Path published(String path) {
        if (path.indexOf('\0') >= 0 || path.contains("\\")) {
            return null;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || file.equals(root) || !Files.isRegularFile(file)) {
            return null;
        }
        String first = root.relativize(file).getName(0).toString();
        return UNPUBLISHED_FOLDERS.contains(first) ? null : file;
    }

    private void serve(HttpExchange exchange, int status, Path file) throws IOException {
        exchange.getResponseHeaders()
                .set("Content-Type", contentTypes.of(file.getFileName().toString()));
        // A developer rebuilds the site often: the browser must ask again each time.
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        responder.send(exchange, status, Files.readAllBytes(file));
    }
}
