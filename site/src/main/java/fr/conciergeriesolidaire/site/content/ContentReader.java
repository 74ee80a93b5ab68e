package fr.conciergeriesolidaire.site.content;

import fr.conciergeriesolidaire.site.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the headers of the content files the way JBake does ({@code key=value} lines, then {@code ~~~~~~}), but
 * strictly: JBake skips a file with a malformed header with a mere warning and keeps unknown keys, whereas here
 * each of those fails the build with the file and line.
 */
public final class ContentReader {
    public static final String HEADER_SEPARATOR = "~~~~~~";

    /** Extensions JBake would read as pages; content is written in Markdown only, anything else is an asset. */
    private static final Set<String> PAGE_EXTENSIONS = Set.of("md", "html", "yml", "yaml", "ad", "adoc", "asciidoc");

    private final Path contentFolder;
    private final String displayPrefix;
    private final Problems problems;

    /**
     * @param displayPrefix how error messages name the content folder ("content/")
     */
    public ContentReader(Path contentFolder, String displayPrefix, Problems problems) {
        this.contentFolder = contentFolder;
        this.displayPrefix = displayPrefix;
        this.problems = problems;
    }

    public List<ContentFile> readAll() {
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(contentFolder)) {
            walk.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(path -> read(path).ifPresent(files::add));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + contentFolder, unreadable);
        }
        return files;
    }

    private Optional<ContentFile> read(Path path) {
        String relative = contentFolder.relativize(path).toString().replace('\\', '/');
        String display = displayPrefix + relative;
        String extension = relative.substring(relative.lastIndexOf('.') + 1);
        if (!PAGE_EXTENSIONS.contains(extension)) {
            return Optional.empty();
        }
        if (!extension.equals("md")) {
            problems.add(display, "les pages s'écrivent en Markdown (fichier .md)");
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + path, unreadable);
        }
        int separator = lines.indexOf(HEADER_SEPARATOR);
        if (separator < 0) {
            problems.add(display, "en-tête absent : des lignes clé=valeur puis une ligne " + HEADER_SEPARATOR);
            return Optional.empty();
        }
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new HashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i).trim();
            String at = display + ":" + (i + 1);
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                problems.add(at, "ligne d'en-tête sans « clé=valeur » : " + line);
                continue;
            }
            String key = line.substring(0, equals).trim();
            String value = line.substring(equals + 1).trim();
            if (header.putIfAbsent(key, value) != null) {
                problems.add(at, "clé en double : " + key);
            }
            headerLines.put(key, i + 1);
        }
        List<String> bodyLines = lines.subList(separator + 1, lines.size());
        if (bodyLines.stream().allMatch(String::isBlank)
                && !PageType.EVENT.headerValue().equals(header.get("type"))) {
            // JBake would then take the whole file, header included, as the body.
            problems.add(display, "le corps de la page (après " + HEADER_SEPARATOR + ") est vide");
        }
        StringBuilder body = new StringBuilder();
        bodyLines.forEach(line -> body.append(line).append('\n'));
        return typed(path, display, relative, header, headerLines, body.toString());
    }

    private Optional<ContentFile> typed(
            Path path,
            String display,
            String relative,
            Map<String, String> header,
            Map<String, Integer> headerLines,
            String body) {
        String typeValue = header.get("type");
        Optional<PageType> type = PageType.fromHeader(typeValue);
        if (type.isEmpty()) {
            problems.add(display, "type de page inconnu ou absent : " + typeValue);
            return Optional.empty();
        }
        String uri = relative.substring(0, relative.length() - ".md".length()) + ".html";
        ContentFile file = new ContentFile(path, display, uri, type.get(), header, headerLines, body);
        for (String key : header.keySet()) {
            if (!type.get().accepts(key)) {
                problems.add(file.at(key), "clé inconnue pour une page « " + typeValue + " » : " + key);
            }
        }
        // An event's own fields, title and description included, are checked by the programme's EventRules.
        boolean event = type.get() == PageType.EVENT;
        if (!event && file.value("title").filter(title -> !title.isBlank()).isEmpty()) {
            problems.add(display, "le titre (title=) est obligatoire");
        }
        if (!event
                && type.get().isIndexable()
                && file.value("description").filter(text -> !text.isBlank()).isEmpty()) {
            problems.add(display, "la description (description=) est obligatoire : moteurs de recherche et listes");
        }
        String expectedUri = type.get().fixedUri().orElse(null);
        if (expectedUri != null && !uri.equals(expectedUri)) {
            problems.add(
                    display,
                    "une page « " + typeValue + " » doit être le fichier " + expectedUri.replace(".html", ".md"));
        } else if (expectedUri == null && !uri.endsWith("/index.html")) {
            problems.add(display, "une page est le fichier index.md de son dossier (le dossier donne l'adresse)");
        }
        return Optional.of(file);
    }
}
