package fr.conciergeriesolidaire.site.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One content file as written by its author: its header (the {@code key=value} lines above JBake's separator) and
 * where JBake will write its page.
 *
 * @param source the file on disk
 * @param file path relative to the site folder, for error messages ("content/agenda/x/index.md")
 * @param uri the output file relative to the site root, as JBake computes it ("agenda/x/index.html")
 * @param headerLines line number of each header key, so that errors point at the line to fix
 * @param body the Markdown below the header separator, each line ended by a line feed (as JBake reads it)
 */
public record ContentFile(
        Path source,
        String file,
        String uri,
        PageType type,
        Map<String, String> header,
        Map<String, Integer> headerLines,
        String body) {

    public ContentFile {
        header = Map.copyOf(header);
        headerLines = Map.copyOf(headerLines);
    }

    /** The URL path of the page: "/agenda/x/" for a folder's index, "/404.html" otherwise. */
    public String path() {
        return "/" + (uri.endsWith("index.html") ? uri.substring(0, uri.length() - "index.html".length()) : uri);
    }

    /** The name of the folder holding this page: the page's identifier within its section. */
    public String slug() {
        String path = path();
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    public String title() {
        return header.get("title");
    }

    /** The words of this page in a menu: its short title if it has one. */
    public String menuTitle() {
        return header.getOrDefault("menuTitle", title());
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(header.get(key));
    }

    /** "content/agenda/x/index.md:4" for the line of that key, or the file alone when the key is absent. */
    public String at(String key) {
        Integer line = headerLines.get(key);
        return line == null ? file : file + ":" + line;
    }
}
