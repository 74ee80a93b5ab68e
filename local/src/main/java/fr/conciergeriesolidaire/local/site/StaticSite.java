package fr.conciergeriesolidaire.local.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import fr.conciergeriesolidaire.local.http.Responder;
import fr.conciergeriesolidaire.site.publish.ContentTypes;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The site, as CloudFront and S3 serve it: {@link DirectoryIndex} for folders, content types from the shared table,
 * the site's 404 page with status 404 (also for the addresses the CloudFront Function refuses, which it answers
 * with a bare 404), GET and HEAD only. Files come from {@link ServedFiles}: in the runner, the
 * live site in memory, once the edits saved before the request are built ({@link WatchedSite#read(String)}).
 */
public final class StaticSite implements HttpHandler {
    /** Built for the functions, not published (the deployment does not upload it either). */
    public static final Set<String> UNPUBLISHED_FOLDERS = Set.of("_shell");

    static final String NOT_FOUND_PAGE = "404.html";

    private final ServedFiles files;
    private final ContentTypes contentTypes;
    private final Responder responder;

    public StaticSite(ServedFiles files, ContentTypes contentTypes, Responder responder) {
        this.files = files;
        this.contentTypes = contentTypes;
        this.responder = responder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            responder.sendText(exchange, 405, "text/plain; charset=utf-8", "Méthode non permise.\n");
            return;
        }
        DirectoryIndex.Resolution resolution = DirectoryIndex.resolve(sentPath(exchange.getRequestURI()));
        if (resolution.answer() == DirectoryIndex.Answer.REDIRECT) {
            // Without the query string, as the CloudFront Function (the site never links to such an address).
            exchange.getResponseHeaders().set("Location", resolution.path());
            responder.send(exchange, 301, new byte[0]);
            return;
        }
        Optional<String> name = resolution.answer() == DirectoryIndex.Answer.FILE
                ? decoded(resolution.path()).flatMap(StaticSite::published)
                : Optional.empty();
        Optional<byte[]> file = name.flatMap(files::read);
        if (file.isPresent()) {
            serve(exchange, 200, name.get(), file.get());
        } else {
            serve(exchange, 404, NOT_FOUND_PAGE, files.read(NOT_FOUND_PAGE).orElse(new byte[0]));
        }
    }

    /**
     * The path as the visitor sent it: {@link URI#getRawPath()} reads {@code //host/x} as an authority and a path
     * {@code /x}, where CloudFront sees the path {@code //host/x}.
     */
    private static String sentPath(URI target) {
        if (target.isAbsolute()) {
            return target.getRawPath();
        }
        String sent = target.toString();
        int end = sent.indexOf('?');
        return end < 0 ? sent : sent.substring(0, end);
    }

    /** Empty when the percent-encoding is broken ("%zz"): no file has such a name. */
    private static Optional<String> decoded(String rawPath) {
        try {
            return Optional.of(URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The path inside the site that an address names, unless it leaves the site or names an unpublished file. */
    private static Optional<String> published(String path) {
        if (path.indexOf('\0') >= 0 || path.contains("\\")) {
            return Optional.empty();
        }
        Path inside = Path.of(path.substring(1)).normalize();
        if (inside.toString().isEmpty()
                || inside.startsWith("..")
                || UNPUBLISHED_FOLDERS.contains(inside.getName(0).toString())) {
            return Optional.empty();
        }
        return Optional.of(inside.toString());
    }

    private void serve(HttpExchange exchange, int status, String name, byte[] content) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentTypes.of(name.substring(name.lastIndexOf('/') + 1)));
        // A developer rebuilds the site often: the browser must ask again each time.
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        responder.send(exchange, status, content);
    }
}
