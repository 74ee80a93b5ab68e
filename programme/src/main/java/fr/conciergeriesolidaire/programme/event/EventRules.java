package fr.conciergeriesolidaire.programme.event;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.CounterKind;
import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.SiteData;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one set of rules an event follows, whoever wrote it: a Markdown event of the site, an item of the events table
 * (checked again at each build, as the data may have changed since), and later the back-office's form. Each
 * problem names the field to fix ({@link EventFields}), in French; an event is made only when there is none.
 */
public final class EventRules {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG = 80;
    private static final Pattern ADDRESS = Pattern.compile("(.+),\\s*(\\d{5})\\s+(.+)");
    /** An HTML tag, comment or declaration: the text is Markdown, and the site writes the only markup. */
    private static final Pattern RAW_HTML = Pattern.compile("<\\s*[/!?]?[A-Za-z]");

    private final SiteData data;
    private final ZoneId zone;

    public EventRules(SiteData data, ZoneId zone) {
        this.data = data;
        this.zone = zone;
    }

    /**
     * Checks one event.
     *
     * @param fields the field values as written ({@link EventFields} names; absent or blank: not given)
     * @param body the Markdown text of the event page
     */
    public Optional<ProgrammeEvent> check(
            String slug, Map<String, String> fields, String body, FieldProblems problems) {
        Values values = new Values(fields);
        int before = problems.count();
        if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > MAX_SLUG) {
            problems.add(
                    null,
                    "identifiant attendu : minuscules, chiffres et tirets, " + MAX_SLUG + " caractères au plus (" + slug
                            + ")");
        }
        String title = required(values, EventFields.TITLE, "le titre (title=) est obligatoire", problems);
        String summary = required(
                values,
                EventFields.SUMMARY,
                "la description (description=) est obligatoire : moteurs de recherche et listes",
                problems);
        if (body == null || body.isBlank()) {
            problems.add(EventFields.BODY, "le texte de l'évènement est vide");
        } else if (RAW_HTML.matcher(body).find()) {
            problems.add(EventFields.BODY, "le texte s'écrit en Markdown, sans balise HTML (« < » suivi d'une lettre)");
        }
        Neighbourhood neighbourhood = neighbourhood(values, problems);
        ZonedDateTime start = dateTime(values, EventFields.START, true, problems);
        ZonedDateTime end = dateTime(values, EventFields.END, true, problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(EventFields.END, "la fin doit suivre le début");
        }
        EventStatus status = status(values, problems);
        ZonedDateTime previousStart = dateTime(values, EventFields.PREVIOUS_START, false, problems);
        if ((status == EventStatus.RESCHEDULED) != (previousStart != null)) {
            problems.add(
                    EventFields.PREVIOUS_START,
                    "« previousStart » (l'ancienne date) va avec eventStatus=rescheduled, et seulement avec lui");
        }
        Integer capacity = positive(values, EventFields.CAPACITY, "nombre de places", problems);
        Integer perRegistration =
                positive(values, EventFields.PLACES_PER_REGISTRATION, "nombre de places par inscription", problems);
        String registration = values.get(EventFields.REGISTRATION);
        if (perRegistration != null && registration == null) {
            problems.add(EventFields.PLACES_PER_REGISTRATION, "des places par inscription demandent une inscription");
        }
        if (perRegistration != null && capacity != null && perRegistration > capacity) {
            problems.add(
                    EventFields.PLACES_PER_REGISTRATION,
                    "plus de places par inscription que de places (" + capacity + ")");
        }
        Map<Disability, Boolean> access = access(values, problems);
        ProgrammeEvent.CustomPlace place = neighbourhood == null ? null : place(values, neighbourhood, problems);
        String partner = partner(values, problems);
        Integer sequence = values.get(EventFields.SEQUENCE) == null
                ? Integer.valueOf(0)
                : nonNegative(values, EventFields.SEQUENCE, problems);
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new ProgrammeEvent(
                slug,
                title,
                summary,
                body,
                neighbourhood.id(),
                start,
                end,
                status,
                previousStart,
                place,
                partner,
                registration,
                capacity,
                perRegistration,
                access,
                values.get(EventFields.ACCESS_NOTE),
                sequence));
    }

    /** Field values with blank ones taken as absent. */
    private record Values(Map<String, String> fields) {
        String get(String field) {
            String value = fields.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private static String required(Values values, String field, String message, FieldProblems problems) {
        String value = values.get(field);
        if (value == null) {
            problems.add(field, message);
        }
        return value;
    }

    private Neighbourhood neighbourhood(Values values, FieldProblems problems) {
        String id = values.get(EventFields.NEIGHBOURHOOD);
        Optional<Neighbourhood> found = data.neighbourhoods().stream()
                .filter(hood -> hood.id().equals(id))
                .findFirst();
        if (found.isEmpty()) {
            problems.add(EventFields.NEIGHBOURHOOD, "quartier inconnu de counters.yaml : " + id);
        }
        return found.orElse(null);
    }

    private ZonedDateTime dateTime(Values values, String field, boolean required, FieldProblems problems) {
        String value = values.get(field);
        if (value == null) {
            if (required) {
                problems.add(field, "« " + field + " » est obligatoire (AAAA-MM-JJTHH:MM, heure de " + zone + ")");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(zone);
        } catch (DateTimeParseException invalid) {
            problems.add(field, "date et heure attendues sous la forme AAAA-MM-JJTHH:MM : " + value);
            return null;
        }
    }

    private static EventStatus status(Values values, FieldProblems problems) {
        String value = values.get(EventFields.STATUS);
        if (value == null) {
            return EventStatus.SCHEDULED;
        }
        return EventStatus.fromHeader(value).orElseGet(() -> {
            problems.add(
                    EventFields.STATUS,
                    "statut inconnu (scheduled, full, rescheduled, postponed, cancelled) : " + value);
            return null;
        });
    }

    private static Integer positive(Values values, String field, String what, FieldProblems problems) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        Integer number = integer(value);
        if (number == null || number <= 0) {
            problems.add(field, what + " attendu (entier positif) : " + value);
            return null;
        }
        return number;
    }

    private static Integer nonNegative(Values values, String field, FieldProblems problems) {
        String value = values.get(field);
        Integer number = integer(value);
        if (number == null || number < 0) {
            problems.add(field, "numéro de version du calendrier attendu (entier, 0 ou plus) : " + value);
            return null;
        }
        return number;
    }

    private static Integer integer(String value) {
        if (!value.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    private static Map<Disability, Boolean> access(Values values, FieldProblems problems) {
        Map<Disability, Boolean> access = new EnumMap<>(Disability.class);
        for (Disability disability : Disability.values()) {
            String value = values.get(disability.headerKey());
            if (value == null) {
                continue;
            }
            if (value.equals("yes") || value.equals("no")) {
                access.put(disability, value.equals("yes"));
            } else {
                problems.add(disability.headerKey(), "valeur attendue : yes ou no");
            }
        }
        return access;
    }

    /** Null at the neighbourhood's counter (which must then exist), else the place given by name and address. */
    private ProgrammeEvent.CustomPlace place(Values values, Neighbourhood neighbourhood, FieldProblems problems) {
        String address = values.get(EventFields.PLACE_ADDRESS);
        String name = values.get(EventFields.PLACE_NAME);
        if (address == null) {
            boolean hasCounter = data.counters().stream()
                    .anyMatch(counter -> counter.kind() == CounterKind.NEIGHBOURHOOD
                            && neighbourhood.id().equals(counter.neighbourhood()));
            if (!hasCounter) {
                problems.add(
                        EventFields.PLACE_ADDRESS,
                        "le quartier " + neighbourhood.id()
                                + " n'a pas de comptoir : donnez placeName=… et placeAddress=rue, 51100 Ville");
            }
            // A name alone renames the counter's place (the pavement in front of it, its garden).
            return name == null ? null : new ProgrammeEvent.CustomPlace(name, null);
        }
        Matcher matcher = ADDRESS.matcher(address);
        if (!matcher.matches() || name == null) {
            problems.add(EventFields.PLACE_ADDRESS, "lieu attendu : placeName=… et placeAddress=rue, 51100 Ville");
            return null;
        }
        return new ProgrammeEvent.CustomPlace(
                name,
                new Address(
                        matcher.group(1).trim(),
                        matcher.group(2),
                        matcher.group(3).trim()));
    }

    private String partner(Values values, FieldProblems problems) {
        String id = values.get(EventFields.PARTNER);
        if (id != null && data.partners().stream().map(Partner::id).noneMatch(id::equals)) {
            problems.add(EventFields.PARTNER, "partenaire inconnu de catalog.yaml : " + id);
        }
        return id;
    }
}
