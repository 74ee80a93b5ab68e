package fr.conciergeriesolidaire.site;

import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.PageType;
import fr.conciergeriesolidaire.site.event.Event;
import fr.conciergeriesolidaire.site.event.EventReader;
import fr.conciergeriesolidaire.site.news.NewsPost;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The content files, checked against each other and against the data: the pages that must exist do, each
 * neighbourhood and partner of the data has its page and each such page names a known one, events and news are
 * well formed. Built once per bake and read by the templates and by the feed writers.
 */
public final class SiteContent {
    private final List<ContentFile> pages;
    private final Map<PageType, List<ContentFile>> byType;
    private final Map<String, ContentFile> byUri;
    private final List<Event> events;
    private final Map<String, Event> eventsByUri;
    private final List<NewsPost> posts;
    private final Map<String, ContentFile> neighbourhoodPages;
    private final Map<String, ContentFile> partnerPages;
    private final Map<String, List<ContentFile>> menus = new ConcurrentHashMap<>();

    private SiteContent(List<ContentFile> pages, List<Event> events, List<NewsPost> posts) {
        this.pages = List.copyOf(pages);
        this.byType = new EnumMap<>(PageType.class);
        pages.forEach(page ->
                byType.computeIfAbsent(page.type(), type -> new ArrayList<>()).add(page));
        this.byUri = index(pages, ContentFile::uri);
        this.events = events.stream()
                .sorted(Comparator.comparing(Event::start).thenComparing(Event::id))
                .toList();
        this.eventsByUri = index(this.events, event -> event.page().uri());
        this.posts = posts.stream()
                .sorted(Comparator.comparing(NewsPost::date).reversed().thenComparing(NewsPost::path))
                .toList();
        this.neighbourhoodPages =
                index(pagesOf(PageType.NEIGHBOURHOOD), page -> page.header().get("neighbourhood"));
        this.partnerPages =
                index(pagesOf(PageType.PARTNER), page -> page.header().get("partner"));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Checks the content files and reports every problem to {@code problems}; the result is usable when none. */
    public static SiteContent check(List<ContentFile> files, SiteData data, ZoneId zone, Problems problems) {
        checkOccurrences(files, problems);
        checkMenus(files, problems);
        crossCheck(
                files,
                PageType.NEIGHBOURHOOD,
                "neighbourhood",
                "quartier",
                "counters.yaml",
                data.neighbourhoods().stream().map(Neighbourhood::id).toList(),
                problems);
        crossCheck(
                files,
                PageType.PARTNER,
                "partner",
                "partenaire",
                "catalog.yaml",
                data.partners().stream().map(Partner::id).toList(),
                problems);
        EventReader eventReader = new EventReader(data, zone, problems);
        List<Event> events = files.stream()
                .filter(page -> page.type() == PageType.EVENT)
                .flatMap(page -> eventReader.read(page).stream())
                .toList();
        List<NewsPost> posts = files.stream()
                .filter(page -> page.type() == PageType.POST)
                .flatMap(page -> post(page, problems).stream())
                .toList();
        return new SiteContent(files, events, posts);
    }

    private static void checkOccurrences(List<ContentFile> files, Problems problems) {
        checkUnique(files, ContentFile::uri, "page en double à l'adresse ", problems);
        checkUnique(
                files.stream().filter(page -> page.type() == PageType.EVENT).toList(),
                ContentFile::slug,
                "évènement en double : même identifiant ",
                problems);
        Map<PageType, List<ContentFile>> byType = files.stream().collect(Collectors.groupingBy(ContentFile::type));
        for (PageType type : PageType.values()) {
            List<ContentFile> found = byType.getOrDefault(type, List.of());
            if (found.size() > 1 && type.isSingleton()) {
                problems.add(
                        found.get(1).file(),
                        "une seule page « " + type.headerValue() + " » est permise ; déjà : "
                                + found.get(0).file());
            }
            if (found.isEmpty() && type.isRequired()) {
                problems.add("content/", "page obligatoire absente : type=" + type.headerValue());
            }
        }
        requireIndex(byType, PageType.NEIGHBOURHOOD, PageType.NEIGHBOURHOODS, problems);
        requireIndex(byType, PageType.PARTNER, PageType.PARTNERS, problems);
        requireIndex(byType, PageType.EVENT, PageType.AGENDA, problems);
        requireIndex(byType, PageType.POST, PageType.NEWS, problems);
    }

    /** One event has one source, one address one page: the second of two is reported with the first. */
    private static void checkUnique(
            List<ContentFile> files, Function<ContentFile, String> key, String what, Problems problems) {
        Map<String, ContentFile> seen = new LinkedHashMap<>();
        for (ContentFile page : files) {
            ContentFile first = seen.putIfAbsent(key.apply(page), page);
            if (first != null) {
                problems.add(page.file(), what + key.apply(page) + " que " + first.file());
            }
        }
    }

    /** Detail pages link back to their list, so a list page must exist as soon as one of its pages does. */
    private static void requireIndex(
            Map<PageType, List<ContentFile>> byType, PageType detail, PageType index, Problems problems) {
        if (byType.containsKey(detail) && !byType.containsKey(index)) {
            problems.add(
                    byType.get(detail).get(0).file(),
                    "une page « " + detail.headerValue() + " » demande la page de liste type=" + index.headerValue());
        }
    }

    private static void checkMenus(List<ContentFile> files, Problems problems) {
        for (ContentFile page : files) {
            for (String key : List.of("menu", "footerMenu")) {
                page.value(key)
                        .filter(value -> !value.matches("\\d{1,3}"))
                        .ifPresent(value -> problems.add(page.at(key), "rang de menu attendu (entier) : " + value));
            }
        }
    }

    private static void crossCheck(
            List<ContentFile> files,
            PageType type,
            String key,
            String what,
            String dataFile,
            List<String> known,
            Problems problems) {
        Map<String, ContentFile> seen = new LinkedHashMap<>();
        for (ContentFile page : files) {
            if (page.type() != type) {
                continue;
            }
            String id = page.header().get(key);
            if (id == null || !known.contains(id)) {
                problems.add(page.at(key), what + " inconnu de " + dataFile + " : " + id);
            } else if (seen.putIfAbsent(id, page) != null) {
                problems.add(
                        page.at(key),
                        "deux pages pour le " + what + " " + id + " (déjà : "
                                + seen.get(id).file() + ")");
            }
        }
        for (String id : known) {
            if (!seen.containsKey(id)) {
                problems.add(
                        dataFile,
                        "le " + what + " « " + id + " » n'a pas de page (type=" + type.headerValue() + ", " + key + "="
                                + id + ")");
            }
        }
    }

    private static Optional<NewsPost> post(ContentFile page, Problems problems) {
        String value = page.value("date").orElse(null);
        if (value == null) {
            problems.add(page.file(), "la date (date=AAAA-MM-JJ) est obligatoire");
            return Optional.empty();
        }
        try {
            return Optional.of(new NewsPost(page, LocalDate.parse(value)));
        } catch (DateTimeParseException invalid) {
            problems.add(page.at("date"), "date attendue sous la forme AAAA-MM-JJ : " + value);
            return Optional.empty();
        }
    }

    public List<ContentFile> pages() {
        return pages;
    }

    public List<ContentFile> pagesOf(PageType type) {
        return byType.getOrDefault(type, List.of());
    }

    public Optional<ContentFile> page(PageType type) {
        return pagesOf(type).stream().findFirst();
    }

    public Optional<ContentFile> pageAt(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    /** Every event, earliest first. */
    public List<Event> events() {
        return events;
    }

    public Optional<Event> eventAt(String uri) {
        return Optional.ofNullable(eventsByUri.get(uri));
    }

    /** Every news post, latest first. */
    public List<NewsPost> posts() {
        return posts;
    }

    public Optional<ContentFile> neighbourhoodPage(String neighbourhoodId) {
        return Optional.ofNullable(neighbourhoodPages.get(neighbourhoodId));
    }

    public Optional<ContentFile> partnerPage(String partnerId) {
        return Optional.ofNullable(partnerPages.get(partnerId));
    }

    /** The subscribable calendar of every event, beside the agenda page. */
    public String calendarPath() {
        return page(PageType.AGENDA).orElseThrow().path() + "agenda.ics";
    }

    /** A neighbourhood's subscribable calendar, beside its page. */
    public String neighbourhoodCalendarPath(String neighbourhoodId) {
        return neighbourhoodPage(neighbourhoodId).orElseThrow().path() + "agenda.ics";
    }

    /** The Atom feed of the news, beside the news page. */
    public String feedPath() {
        return page(PageType.NEWS).orElseThrow().path() + "flux.atom";
    }

    /**
     * Pages listed in a menu ({@code menu} or {@code footerMenu}), by rank. Every page shows both menus: each is
     * sorted once, not once per page (which grew with the square of the page count).
     */
    public List<ContentFile> menu(String key) {
        return menus.computeIfAbsent(key, this::sortedMenu);
    }

    private List<ContentFile> sortedMenu(String key) {
        return pages.stream()
                .filter(page -> page.value(key).isPresent())
                .sorted(Comparator.comparing((ContentFile page) ->
                                Integer.parseInt(page.header().get(key)))
                        .thenComparing(ContentFile::uri))
                .toList();
    }
}
