package fr.conciergeriesolidaire.site;

import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A baked site on disk, read by the tests: its pages, parsed once. */
final class BakedSite {
    /** The site baked by the build (phase process-classes), as shipped. */
    static final BakedSite MAIN = new BakedSite(Path.of(System.getProperty("site.output", "target/site")));

    /** The address the build gave the main site: SITE_URL when the build was given one, else organisation.yaml's. */
    static final String MAIN_ADDRESS = Optional.ofNullable(
                    BuildSettings.fromEnvironment().siteUrl())
            .orElseGet(() -> SiteDataLoader.fromDirectory(Path.of("data"))
                    .organisation()
                    .site()
                    .url());

    private final Path root;
    private final Map<Path, Document> parsed = new ConcurrentHashMap<>();

    BakedSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path file(String sitePath) {
        String relative = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        Path file = root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
        return file.normalize();
    }

    List<Path> htmlPages() {
        return files(".html");
    }

    List<Path> files(String extension) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(extension))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    Document page(Path file) {
        return parsed.computeIfAbsent(file, path -> {
            try {
                return Jsoup.parse(path.toFile(), "UTF-8", "https://site.test/" + root.relativize(path));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }

    Document page(String sitePath) {
        return page(file(sitePath));
    }

    /**
     * The text of an element with its non-breaking spaces kept (jsoup's text() turns them into plain spaces, and
     * French typography is part of what is checked).
     */
    static String text(org.jsoup.nodes.Element element) {
        return element.wholeText().replaceAll("[ \\t\\n\\r]+", " ").trim();
    }

    /** "/agenda/" for root/agenda/index.html, for messages. */
    String name(Path file) {
        return "/" + root.relativize(file).toString().replace('\\', '/');
    }

    boolean isShell(Path file) {
        return name(file).equals("/_shell/reponse.html");
    }
}
