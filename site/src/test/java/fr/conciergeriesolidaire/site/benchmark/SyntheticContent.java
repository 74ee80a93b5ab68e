package fr.conciergeriesolidaire.site.benchmark;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A conciergerie grown to {@code pages} pages, in the project's own content model: for 1,000 pages, 10
 * neighbourhoods (one counter each, plus a company site), 200 partners with 2 to 4 services each, 700 events
 * spread over four and a half years and 100 news posts. Deterministic: the same size and seed give the same site.
 * Written out by {@link JBakeSources} (the project's layout) and {@link HugoTwin} (the same content for Hugo).
 */
record SyntheticContent(
        List<Neighbourhood> neighbourhoods,
        String companyCounter,
        List<Partner> partners,
        List<Event> events,
        List<Post> posts,
        LocalDate today) {

    record Opening(DayOfWeek day, LocalTime opens, LocalTime closes) {}

    record Neighbourhood(
            String id,
            String name,
            String summary,
            String counterId,
            String street,
            List<Opening> hours,
            List<LocalDate> closedDates,
            String body) {}

    record Service(
            String id,
            String name,
            String unit,
            int priceCents,
            int maxQuantity,
            String conditions,
            List<String> counters,
            boolean active) {}

    record Partner(
            String id,
            String name,
            String category,
            String kind,
            String summary,
            List<String> counters,
            List<Service> services,
            String body) {}

    record Event(
            String slug,
            String title,
            String description,
            String neighbourhood,
            LocalDateTime start,
            LocalDateTime end,
            String status,
            LocalDateTime previousStart,
            String placeName,
            String placeAddress,
            Integer capacity,
            String registration,
            Map<String, Boolean> access,
            String accessNote,
            String body) {}

    record Post(String slug, String title, String description, LocalDate date, String body) {}

    /** The categories of the real catalogue, which the synthetic partners share. */
    static final List<String> CATEGORIES = List.of("linge", "retouches", "alimentation", "mobilite", "maison");

    static final String COMPANY_COUNTER = "site-entreprise";

    private static final List<String> PLACES = List.of(
            "Les Tilleuls",
            "Le Canal",
            "Croix-Rouge",
            "Orgeval",
            "Wilson",
            "Les Châtillons",
            "Europe",
            "Chemin Vert",
            "Clairmarais",
            "Les Épinettes",
            "Maison Blanche",
            "Saint-Remi",
            "Murigny",
            "La Neuvillette",
            "Courlancy",
            "Sainte-Anne",
            "Laon-Zola",
            "Jean-Jaurès",
            "Cernay",
            "Bois d'Amour");
    private static final List<String> PARTNER_PREFIXES = List.of(
            "L'Atelier",
            "La Ressourcerie",
            "Les Jardins",
            "La Boutique",
            "Le Garage",
            "La Fabrique",
            "Le Panier",
            "La Coopérative",
            "L'Épicerie",
            "Le Repair Café",
            "La Cordonnerie",
            "Le Pressing",
            "La Recyclerie",
            "Le Fournil",
            "La Couture",
            "L'Outilthèque",
            "La Table",
            "Le Relais",
            "La Laverie",
            "Le Vélo");
    private static final List<String> PARTNER_SUFFIXES = List.of(
            "du Canal",
            "des Coteaux",
            "du Quartier",
            "de la Vesle",
            "Solidaire",
            "des Tilleuls",
            "Champenois",
            "du Faubourg",
            "des Voisins",
            "de la Gare",
            "du Parc",
            "des Remparts",
            "Partagé",
            "Rémois",
            "de l'Entraide",
            "du Marché",
            "des Halles",
            "de la Cathédrale",
            "des Promenades",
            "du Pont");
    private static final List<String> PARTNER_KINDS = List.of(
            "Atelier et chantier d'insertion",
            "Entreprise d'insertion",
            "Association d'économie sociale et solidaire",
            "Ressourcerie associative",
            "Groupement de producteurs locaux",
            "Société coopérative");
    private static final List<String> SERVICE_NAMES = List.of(
            "Repassage d'une chemise",
            "Lavage au kilo",
            "Nettoyage d'un manteau",
            "Ourlet de pantalon",
            "Remplacement des talons",
            "Fermeture éclair",
            "Panier de légumes",
            "Panier de fruits",
            "Révision d'un vélo",
            "Réparation d'une crevaison",
            "Prêt d'une perceuse",
            "Montage d'un meuble",
            "Affûtage de couteaux",
            "Cirage de chaussures",
            "Retouche d'une veste",
            "Pain de campagne",
            "Colis d'épicerie",
            "Réparation d'un grille-pain",
            "Lavage d'une voiture",
            "Prêt d'un escabeau");
    private static final List<String> UNITS =
            List.of("la pièce", "le kilo", "la paire", "le panier", "l'heure", "le prêt", "le vélo", "l'intervention");
    private static final List<String[]> ACTIVITIES = List.of(
            new String[] {"Atelier réparation de vélos", "atelier-velo"},
            new String[] {"Atelier couture", "atelier-couture"},
            new String[] {"Gym douce", "gym-douce"},
            new String[] {"Réunion des habitants", "reunion-habitants"},
            new String[] {"Collecte de vêtements", "collecte-vetements"},
            new String[] {"Atelier cuisine", "atelier-cuisine"},
            new String[] {"Sophrologie", "sophrologie"},
            new String[] {"Après-midi jeux de société", "jeux-societe"},
            new String[] {"Atelier bricolage", "atelier-bricolage"},
            new String[] {"Café des habitants", "cafe-habitants"},
            new String[] {"Troc de plantes", "troc-plantes"},
            new String[] {"Permanence numérique", "permanence-numerique"});
    private static final List<String> REGISTRATIONS =
            List.of("Au comptoir", "Au comptoir ou par téléphone", "Liste d'attente au comptoir", "Entrée libre");
    private static final List<String> ACCESS_KEYS =
            List.of("accessMotor", "accessHearing", "accessVisual", "accessPsychic", "accessIntellectual");
    private static final List<LocalTime> EVENT_STARTS =
            List.of(LocalTime.of(10, 0), LocalTime.of(14, 0), LocalTime.of(16, 0), LocalTime.of(17, 30));
    /** The site's sections, for links written in the synthetic prose. */
    private static final List<String> LINKS = List.of("/agenda/", "/partenaires/", "/quartiers/", "/commander/");

    static SyntheticContent generate(int pages, long seed, LocalDate today) {
        FrenchText text = new FrenchText(new Random(seed));
        List<Neighbourhood> hoods = neighbourhoods(Math.max(2, pages / 100), text);
        List<String> counters =
                new ArrayList<>(hoods.stream().map(Neighbourhood::counterId).toList());
        counters.add(COMPANY_COUNTER);
        return new SyntheticContent(
                hoods,
                COMPANY_COUNTER,
                partners(pages / 5, counters, text),
                events(pages * 7 / 10, hoods, today, text),
                posts(pages / 10, today, text),
                today);
    }

    int pageCount() {
        return neighbourhoods.size() + partners.size() + events.size() + posts.size();
    }

    private static List<Neighbourhood> neighbourhoods(int count, FrenchText text) {
        List<Neighbourhood> hoods = new ArrayList<>();
        List<DayOfWeek> weekdays = List.of(DayOfWeek.values()).subList(0, 6);
        for (int i = 0; i < count; i++) {
            String name = PLACES.get(i % PLACES.size()) + (i < PLACES.size() ? "" : " " + (i / PLACES.size() + 1));
            String id = slug(name);
            int firstDay = text.between(0, 2);
            List<Opening> hours = List.of(
                    new Opening(weekdays.get(firstDay), LocalTime.of(14, 0), LocalTime.of(17, 0)),
                    new Opening(weekdays.get(firstDay + text.between(2, 3)), LocalTime.of(10, 0), LocalTime.of(12, 0)));
            List<LocalDate> closed = text.chance(0.5) ? List.of(LocalDate.of(2026, 12, 24)) : List.of();
            hoods.add(new Neighbourhood(
                    id,
                    name,
                    text.sentence(),
                    "comptoir-" + id,
                    text.between(1, 90) + " rue " + PLACES.get(text.between(0, PLACES.size() - 1)),
                    hours,
                    closed,
                    "## La vie du quartier\n\n" + text.markdown(text.between(1, 2), LINKS)));
        }
        return hoods;
    }

    private static List<Partner> partners(int count, List<String> counters, FrenchText text) {
        List<Partner> partners = new ArrayList<>();
        int combinations = PARTNER_PREFIXES.size() * PARTNER_SUFFIXES.size();
        for (int i = 0; i < count; i++) {
            int combination = i % combinations;
            String name = PARTNER_PREFIXES.get(combination % PARTNER_PREFIXES.size()) + " "
                    + PARTNER_SUFFIXES.get(combination / PARTNER_PREFIXES.size())
                    + (i < combinations ? "" : " " + (i / combinations + 1));
            String id = slug(name);
            List<String> own = new ArrayList<>();
            for (String counter : counters) {
                if (text.chance(0.4)) {
                    own.add(counter);
                }
            }
            if (own.isEmpty()) {
                own.add(text.pick(counters));
            }
            List<Service> services = new ArrayList<>();
            for (int s = 0, n = text.between(2, 4); s < n; s++) {
                services.add(new Service(
                        id + "-" + (s + 1),
                        text.pick(SERVICE_NAMES),
                        text.pick(UNITS),
                        text.between(20, 600) * 10,
                        text.between(1, 10),
                        text.sentence(),
                        own.size() > 1 && text.chance(0.15) ? List.of(own.get(0)) : List.of(),
                        s == 0 || !text.chance(0.05)));
            }
            partners.add(new Partner(
                    id,
                    name,
                    text.pick(CATEGORIES),
                    text.pick(PARTNER_KINDS),
                    text.sentence(),
                    own,
                    services,
                    "## Qui sont-ils ?\n\n" + text.markdown(1, LINKS) + "## Comment ça se passe ?\n\n"
                            + text.markdown(1, LINKS)));
        }
        return partners;
    }

    private static List<Event> events(int count, List<Neighbourhood> hoods, LocalDate today, FrenchText text) {
        List<Event> events = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        LocalDate first = today.minusYears(4);
        long span = first.until(today.plusMonths(6)).toTotalMonths() * 30;
        for (int i = 0; i < count; i++) {
            String[] activity = text.pick(ACTIVITIES);
            Neighbourhood hood = text.pick(hoods);
            LocalDateTime start = first.plusDays(span * i / count).atTime(text.pick(EVENT_STARTS));
            String slug = start.toLocalDate() + "-" + activity[1] + "-" + hood.id();
            while (!slugs.add(slug)) {
                slug += "-bis";
            }
            int roll = text.between(1, 100);
            String status = roll <= 85
                    ? "scheduled"
                    : roll <= 90 ? "full" : roll <= 93 ? "rescheduled" : roll <= 96 ? "postponed" : "cancelled";
            boolean ownPlace = text.chance(0.3);
            Map<String, Boolean> access = new LinkedHashMap<>();
            for (String key : ACCESS_KEYS) {
                if (text.chance(0.6)) {
                    access.put(key, text.chance(0.8));
                }
            }
            events.add(new Event(
                    slug,
                    activity[0] + " – " + hood.name(),
                    text.sentence(),
                    hood.id(),
                    start,
                    start.plusHours(text.between(1, 3)),
                    status,
                    status.equals("rescheduled") ? start.minusDays(7) : null,
                    ownPlace || text.chance(0.3) ? "Salle " + text.pick(PLACES) : null,
                    ownPlace ? text.between(1, 90) + " rue " + text.pick(PLACES) + ", 51100 Reims" : null,
                    text.chance(0.5) ? text.between(8, 30) : null,
                    text.chance(0.4) ? text.pick(REGISTRATIONS) : null,
                    access,
                    text.chance(0.3) ? text.sentence() : null,
                    text.markdown(text.between(1, 3), LINKS)));
        }
        return events;
    }

    private static List<Post> posts(int count, LocalDate today, FrenchText text) {
        List<Post> posts = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = today.minusDays((long) i * 5 * 365 / Math.max(1, count));
            String title = FrenchText.capitalised(
                    text.sentence().replaceAll("[.!]$", "").trim());
            String slug = date.toString().substring(0, 7) + "-" + slug(title);
            slug = slug.substring(0, Math.min(slug.length(), 60)).replaceAll("-$", "");
            while (!slugs.add(slug)) {
                slug += "-bis";
            }
            posts.add(new Post(slug, title, text.sentence(), date, text.markdown(text.between(3, 6), LINKS)));
        }
        return posts;
    }

    /** "Les Épinettes" → "les-epinettes". */
    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
