package fr.conciergeriesolidaire.site.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import fr.conciergeriesolidaire.site.SourceCopy;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Event;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Neighbourhood;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Partner;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Post;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The same synthetic site for Hugo, so that both generators are timed on the same content and machine: the same
 * pages (fixed pages converted from the JBake copy, key=value headers becoming YAML front matter), the same data
 * files, the same assets, and templates (src/test/resources/benchmark/hugo) doing comparable work: one layout with
 * menus and footer, list pages (agenda, partners, news, neighbourhoods, home), per-item pages with lookups in the
 * data, the order form listing every service, iCalendar files (all events, per neighbourhood, per event), a news
 * feed, a sitemap and robots.txt.
 */
final class HugoTwin {
    private static final Path TEMPLATES = Path.of("src/test/resources/benchmark/hugo");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    /** List pages of the JBake site, which are Hugo sections (an _index.md), with the extra outputs they have. */
    private static final Map<String, List<String>> SECTIONS = Map.of(
            "agenda", List.of("html", "agenda"),
            "partners", List.of("html"),
            "news", List.of("html", "rss"),
            "neighbourhoods", List.of("html"));

    private HugoTwin() {}

    /** Writes the Hugo site under {@code folder} from the JBake sources written in {@code jbake}. */
    static void write(SyntheticContent site, Path realSite, Path jbake, Path folder) throws IOException {
        SourceCopy.copyTree(realSite.resolve(TEMPLATES), folder);
        SourceCopy.copyTree(realSite.resolve("assets"), folder.resolve("static"));
        SourceCopy.copyTree(jbake.resolve("data"), folder.resolve("data"));
        Path content = folder.resolve("content");
        convertFixedPages(realSite.resolve("content"), content);
        for (Neighbourhood hood : site.neighbourhoods()) {
            page(
                    content.resolve("quartiers/" + hood.id() + "/index.md"),
                    hood.body(),
                    object(
                            "title",
                            "Quartier " + hood.name(),
                            "description",
                            "Le comptoir de " + hood.name() + " : adresse, horaires et rendez-vous.",
                            "neighbourhood",
                            hood.id(),
                            "outputs",
                            List.of("html", "agenda")));
        }
        for (Partner partner : site.partners()) {
            page(
                    content.resolve("partenaires/" + partner.id() + "/index.md"),
                    partner.body(),
                    object("title", partner.name(), "description", partner.summary(), "partner", partner.id()));
        }
        for (Event event : site.events()) {
            page(content.resolve("agenda/" + event.slug() + "/index.md"), event.body(), eventFrontMatter(site, event));
        }
        for (Post post : site.posts()) {
            page(
                    content.resolve("actualites/" + post.slug() + "/index.md"),
                    post.body(),
                    object(
                            "title",
                            post.title(),
                            "description",
                            post.description(),
                            "date",
                            post.date().toString()));
        }
    }

    private static Map<String, Object> eventFrontMatter(SyntheticContent site, Event event) {
        Neighbourhood hood = site.neighbourhoods().stream()
                .filter(candidate -> candidate.id().equals(event.neighbourhood()))
                .findFirst()
                .orElseThrow();
        Map<String, Object> front = object(
                "title", event.title(),
                "description", event.description(),
                "date", zoned(event.start()),
                "end", zoned(event.end()),
                "neighbourhood", event.neighbourhood(),
                "status", event.status(),
                "placeName", event.placeName() != null ? event.placeName() : "Comptoir de " + hood.name(),
                "placeAddress", event.placeAddress() != null ? event.placeAddress() : hood.street() + ", 51100 Reims",
                "access", event.access(),
                "outputs", List.of("html", "evenement"));
        if (event.capacity() != null) {
            front.put("capacity", event.capacity());
        }
        if (event.registration() != null) {
            front.put("registration", event.registration());
        }
        if (event.accessNote() != null) {
            front.put("accessNote", event.accessNote());
        }
        return front;
    }

    private static String zoned(LocalDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZone(PARIS));
    }

    private static void convertFixedPages(Path realContent, Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(realContent)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!JBakeSources.isGenerated(Files.readString(file))) {
                    convert(file, realContent.relativize(file).toString().replace('\\', '/'), content);
                }
            }
        }
    }

    private static void convert(Path file, String relative, Path content) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int separator = lines.indexOf("~~~~~~");
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : lines.subList(0, separator)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                header.put(
                        line.substring(0, equals).trim(),
                        line.substring(equals + 1).trim());
            }
        }
        String type = header.get("type");
        Map<String, Object> front = object("title", header.get("title"));
        if (header.containsKey("description")) {
            front.put("description", header.get("description"));
        }
        Map<String, Object> menus = new LinkedHashMap<>();
        String name = header.getOrDefault("menuTitle", header.get("title"));
        if (header.containsKey("menu")) {
            menus.put("main", object("weight", Integer.parseInt(header.get("menu")), "name", name));
        }
        if (header.containsKey("footerMenu")) {
            menus.put("footer", object("weight", Integer.parseInt(header.get("footerMenu")), "name", name));
        }
        if (!menus.isEmpty()) {
            front.put("menu", menus);
        }
        if (type.equals("order")) {
            front.put("layout", "order");
        }
        String target = relative;
        if (type.equals("home")) {
            target = "_index.md";
        } else if (SECTIONS.containsKey(type)) {
            target = relative.replace("index.md", "_index.md");
            front.put("outputs", SECTIONS.get(type));
        }
        String body = String.join("\n", lines.subList(separator + 1, lines.size())) + "\n";
        page(content.resolve(target), body, front);
    }

    private static void page(Path file, String body, Map<String, Object> frontMatter) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\n" + YAML.writeValueAsString(frontMatter) + "---\n" + body);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        return JBakeSources.object(keysAndValues);
    }
}
