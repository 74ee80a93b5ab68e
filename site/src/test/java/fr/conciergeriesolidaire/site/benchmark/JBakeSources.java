package fr.conciergeriesolidaire.site.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Event;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Neighbourhood;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Opening;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Partner;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Post;
import fr.conciergeriesolidaire.site.benchmark.SyntheticContent.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes {@link SyntheticContent} in the project's own layout: {@code content/} (Markdown with key=value headers)
 * and {@code data/} (counters.yaml and catalog.yaml generated; organisation, offer and policies copied from the real
 * site, as are its fixed pages: home, legal pages, forms, list pages). Built with the real templates and assets.
 */
final class JBakeSources {
    /** Page types the generator writes; every other page of the real site is copied as it is. */
    private static final Set<String> GENERATED_TYPES =
            Set.of("type=event", "type=post", "type=partner", "type=neighbourhood");

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private JBakeSources() {}

    /** Writes content/ and data/ under {@code folder}, from the real site folder {@code realSite}. */
    static void write(SyntheticContent site, Path realSite, Path folder) throws IOException {
        Path content = folder.resolve("content");
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        copyFixedPages(realSite.resolve("content"), content);
        for (String file : List.of("organisation.yaml", "offer.yaml", "policies.yaml")) {
            Files.copy(realSite.resolve("data").resolve(file), data.resolve(file));
        }
        YAML.writeValue(data.resolve("counters.yaml").toFile(), counters(site));
        YAML.writeValue(data.resolve("catalog.yaml").toFile(), catalog(site));
        for (Neighbourhood hood : site.neighbourhoods()) {
            page(
                    content,
                    "quartiers/" + hood.id(),
                    hood.body(),
                    header(
                            "type",
                            "neighbourhood",
                            "title",
                            "Quartier " + hood.name(),
                            "description",
                            "Le comptoir de " + hood.name() + " : adresse, horaires et rendez-vous.",
                            "neighbourhood",
                            hood.id()));
        }
        for (Partner partner : site.partners()) {
            page(
                    content,
                    "partenaires/" + partner.id(),
                    partner.body(),
                    header(
                            "type", "partner",
                            "title", partner.name(),
                            "description", partner.summary(),
                            "partner", partner.id()));
        }
        for (Event event : site.events()) {
            page(content, "agenda/" + event.slug(), event.body(), eventHeader(event));
        }
        for (Post post : site.posts()) {
            page(
                    content,
                    "actualites/" + post.slug(),
                    post.body(),
                    header(
                            "type", "post",
                            "title", post.title(),
                            "description", post.description(),
                            "date", post.date().toString()));
        }
    }

    private static void copyFixedPages(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(source);
                if (!isGenerated(text)) {
                    Path target = to.resolve(from.relativize(source).toString());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, text);
                }
            }
        }
    }

    /** Whether a page of the real site is of a type the generator writes (so is not copied). */
    static boolean isGenerated(String page) {
        return page.lines().anyMatch(GENERATED_TYPES::contains);
    }

    private static Map<String, String> eventHeader(Event event) {
        Map<String, String> header = header(
                "type", "event",
                "title", event.title(),
                "description", event.description(),
                "neighbourhood", event.neighbourhood(),
                "start", event.start().toString(),
                "end", event.end().toString());
        if (!event.status().equals("scheduled")) {
            header.put("eventStatus", event.status());
        }
        if (event.previousStart() != null) {
            header.put("previousStart", event.previousStart().toString());
        }
        putIfPresent(header, "placeName", event.placeName());
        putIfPresent(header, "placeAddress", event.placeAddress());
        putIfPresent(header, "capacity", event.capacity());
        putIfPresent(header, "registration", event.registration());
        event.access().forEach((key, yes) -> header.put(key, yes ? "yes" : "no"));
        putIfPresent(header, "accessNote", event.accessNote());
        return header;
    }

    private static void putIfPresent(Map<String, String> header, String key, Object value) {
        if (value != null) {
            header.put(key, value.toString());
        }
    }

    private static Map<String, String> header(String... keysAndValues) {
        Map<String, String> header = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            header.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return header;
    }

    private static void page(Path content, String folder, String body, Map<String, String> header) {
        StringBuilder text = new StringBuilder();
        header.forEach(
                (key, value) -> text.append(key).append('=').append(value).append('\n'));
        text.append("~~~~~~\n").append(body);
        try {
            Path file = content.resolve(folder).resolve("index.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Map<String, Object> counters(SyntheticContent site) {
        List<Object> hoods = new ArrayList<>();
        List<Object> counters = new ArrayList<>();
        for (Neighbourhood hood : site.neighbourhoods()) {
            hoods.add(object(
                    "id", hood.id(), "name", hood.name(), "summary", hood.summary(), "landlord", "Plurial Novilia"));
            counters.add(object(
                    "id", hood.counterId(),
                    "kind", "neighbourhood",
                    "neighbourhood", hood.id(),
                    "name", "Comptoir de " + hood.name(),
                    "address", object("street", hood.street(), "postcode", "51100", "city", "Reims"),
                    "access", "Au rez-de-chaussée, accessible de plain-pied.",
                    "slotMinutes", 30,
                    "hours", hood.hours().stream().map(JBakeSources::opening).toList(),
                    "closedDates",
                            hood.closedDates().stream().map(Object::toString).toList()));
        }
        counters.add(object(
                "id",
                site.companyCounter(),
                "kind",
                "company",
                "name",
                "Conciergerie d'entreprise",
                "address",
                object("street", "20 rue de l'Entreprise", "postcode", "51100", "city", "Reims"),
                "access",
                "Réservée aux salariés de l'entreprise abonnée.",
                "slotMinutes",
                30,
                "hours",
                List.of(object("day", "monday", "opens", "12:00", "closes", "14:00")),
                "closedDates",
                List.of()));
        return object("neighbourhoods", hoods, "counters", counters);
    }

    private static Map<String, Object> opening(Opening opening) {
        return object(
                "day", opening.day().name().toLowerCase(Locale.ROOT),
                "opens", opening.opens().toString(),
                "closes", opening.closes().toString());
    }

    static Map<String, Object> catalog(SyntheticContent site) {
        List<Object> categories = List.of(
                object("id", "linge", "name", "Pressing et repassage"),
                object("id", "retouches", "name", "Cordonnerie et retouches"),
                object("id", "alimentation", "name", "Alimentation locale"),
                object("id", "mobilite", "name", "Vélo et mobilité"),
                object("id", "maison", "name", "Maison et bricolage"));
        List<Object> partners = new ArrayList<>();
        for (Partner partner : site.partners()) {
            List<Object> services = new ArrayList<>();
            for (Service service : partner.services()) {
                Map<String, Object> entry = object(
                        "id", service.id(),
                        "name", service.name(),
                        "unit", service.unit(),
                        "priceCents", service.priceCents(),
                        "maxQuantity", service.maxQuantity(),
                        "conditions", service.conditions());
                if (!service.counters().isEmpty()) {
                    entry.put("counters", service.counters());
                }
                if (!service.active()) {
                    entry.put("active", false);
                }
                services.add(entry);
            }
            partners.add(object(
                    "id", partner.id(),
                    "name", partner.name(),
                    "category", partner.category(),
                    "kind", partner.kind(),
                    "summary", partner.summary(),
                    "email", "contact@" + partner.id() + ".example",
                    "counters", partner.counters(),
                    "services", services));
        }
        return object("categories", categories, "partners", partners);
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
