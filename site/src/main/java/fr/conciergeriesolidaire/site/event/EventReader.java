package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.CounterKind;
import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.content.ContentFile;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an event's content file into an {@link Event}, reporting each malformed or unknown value. */
public final class EventReader {
    private static final Pattern ADDRESS = Pattern.compile("(.+),\\s*(\\d{5})\\s+(.+)");

    private final SiteData data;
    private final ZoneId zone;
    private final Problems problems;

    public EventReader(SiteData data, ZoneId zone, Problems problems) {
        this.data = data;
        this.zone = zone;
        this.problems = problems;
    }

    public Optional<Event> read(ContentFile page) {
        int before = problemCount();
        Neighbourhood neighbourhood = neighbourhood(page);
        ZonedDateTime start = dateTime(page, "start", true);
        ZonedDateTime end = dateTime(page, "end", true);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(page.at("end"), "la fin doit suivre le début");
        }
        EventStatus status = page.value("eventStatus")
                .map(value -> EventStatus.fromHeader(value).orElseGet(() -> {
                    problems.add(
                            page.at("eventStatus"),
                            "statut inconnu (scheduled, full, rescheduled, postponed, cancelled) : " + value);
                    return null;
                }))
                .orElse(EventStatus.SCHEDULED);
        ZonedDateTime previousStart = dateTime(page, "previousStart", false);
        if ((status == EventStatus.RESCHEDULED) != (previousStart != null)) {
            problems.add(
                    page.at("previousStart"),
                    "« previousStart » (l'ancienne date) va avec eventStatus=rescheduled, et seulement avec lui");
        }
        Integer capacity = capacity(page);
        Map<Disability, Boolean> access = new EnumMap<>(Disability.class);
        for (Disability disability : Disability.values()) {
            page.value(disability.headerKey()).ifPresent(value -> {
                if (value.equals("yes") || value.equals("no")) {
                    access.put(disability, value.equals("yes"));
                } else {
                    problems.add(page.at(disability.headerKey()), "valeur attendue : yes ou no");
                }
            });
        }
        Place place = neighbourhood == null ? null : place(page, neighbourhood);
        if (problemCount() > before || neighbourhood == null || place == null) {
            return Optional.empty();
        }
        return Optional.of(new Event(
                page,
                neighbourhood,
                start,
                end,
                status,
                previousStart,
                place,
                capacity,
                page.value("registration").orElse(null),
                access,
                page.value("accessNote").orElse(null)));
    }

    private int problemCount() {
        return problems.count();
    }

    private Neighbourhood neighbourhood(ContentFile page) {
        String id = page.value("neighbourhood").orElse(null);
        Optional<Neighbourhood> found = data.neighbourhoods().stream()
                .filter(hood -> hood.id().equals(id))
                .findFirst();
        if (found.isEmpty()) {
            problems.add(page.at("neighbourhood"), "quartier inconnu de counters.yaml : " + id);
        }
        return found.orElse(null);
    }

    private ZonedDateTime dateTime(ContentFile page, String key, boolean required) {
        Optional<String> value = page.value(key);
        if (value.isEmpty()) {
            if (required) {
                problems.add(page.file(), "« " + key + " » est obligatoire (AAAA-MM-JJTHH:MM, heure de " + zone + ")");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value.get()).atZone(zone);
        } catch (DateTimeParseException invalid) {
            problems.add(page.at(key), "date et heure attendues sous la forme AAAA-MM-JJTHH:MM : " + value.get());
            return null;
        }
    }

    private Integer capacity(ContentFile page) {
        Optional<String> value = page.value("capacity");
        if (value.isEmpty()) {
            return null;
        }
        try {
            int capacity = Integer.parseInt(value.get());
            if (capacity > 0) {
                return capacity;
            }
        } catch (NumberFormatException invalid) {
            // reported below
        }
        problems.add(page.at("capacity"), "nombre de places attendu (entier positif) : " + value.get());
        return null;
    }

    private Place place(ContentFile page, Neighbourhood neighbourhood) {
        Optional<String> address = page.value("placeAddress");
        Optional<String> name = page.value("placeName");
        if (address.isEmpty()) {
            Optional<Counter> counter = data.counters().stream()
                    .filter(candidate -> candidate.kind() == CounterKind.NEIGHBOURHOOD)
                    .filter(candidate -> neighbourhood.id().equals(candidate.neighbourhood()))
                    .findFirst();
            return counter.map(found -> new Place(name.orElse(found.name()), found.address()))
                    .orElse(null);
        }
        Matcher matcher = ADDRESS.matcher(address.get());
        if (!matcher.matches() || name.isEmpty()) {
            problems.add(page.at("placeAddress"), "lieu attendu : placeName=… et placeAddress=rue, 51100 Ville");
            return null;
        }
        return new Place(
                name.get(),
                new Address(
                        matcher.group(1).trim(),
                        matcher.group(2),
                        matcher.group(3).trim()));
    }
}
