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
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one set of rules an event follows, whoever wrote it: a Markdown event of the site, an item of the events table
 * (checked again at each build, as the data may have changed since), and the back-office's form. Each problem names
 * the field to fix ({@link EventFields}) and the rule it breaks ({@link EventRule}), with a French message for the
 * Markdown's author; an event is made only when there is none.
 */
public final class EventRules {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_SLUG = 80;
    private static final Pattern ADDRESS = Pattern.compile("(.+),\\s*(\\d{5})\\s+(.+)");
    /** An HTML tag, comment or declaration: the text is Markdown, and the site writes the only markup. */
    private static final Pattern RAW_HTML = Pattern.compile("<\\s*[/!?]?[A-Za-z]");

    /**
     * The most characters of each text field: enough for any event, short enough for a list, a calendar entry and the
     * back-office's form (whose whole body the API caps at 16 KB). Every one but the body is written on one line.
     */
    private static final Map<String, Integer> MAX_LENGTHS = maxLengths();

    private final SiteData data;
    private final ZoneId zone;

    public EventRules(SiteData data, ZoneId zone) {
        this.data = data;
        this.zone = zone;
    }

    /** In the order the fields are checked, so that the problems come in a stable order. */
    private static Map<String, Integer> maxLengths() {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        lengths.put(EventFields.TITLE, 120);
        lengths.put(EventFields.SUMMARY, 300);
        lengths.put(EventFields.BODY, 5_000);
        lengths.put(EventFields.STATUS_NOTE, 300);
        lengths.put(EventFields.PLACE_NAME, 120);
        lengths.put(EventFields.PLACE_ADDRESS, 200);
        lengths.put(EventFields.REGISTRATION, 200);
        lengths.put(EventFields.ACCESS_NOTE, 500);
        return Collections.unmodifiableMap(lengths);
    }

    /** The most characters a text field takes (forms show it as their {@code maxlength}). */
    public static int maxLength(String field) {
        Integer max = MAX_LENGTHS.get(field);
        if (max == null) {
            throw new IllegalArgumentException("Not a text field of an event: " + field);
        }
        return max;
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
                    EventRule.SLUG,
                    "identifiant attendu : minuscules, chiffres et tirets, " + MAX_SLUG + " caractères au plus (" + slug
                            + ")");
        }
        for (String field : MAX_LENGTHS.keySet()) {
            checkText(field, field.equals(EventFields.BODY) ? body : values.get(field), problems);
        }
        String title = required(values, EventFields.TITLE, "le titre (title=) est obligatoire", problems);
        String summary = required(
                values,
                EventFields.SUMMARY,
                "la description (description=) est obligatoire : moteurs de recherche et listes",
                problems);
        if (body == null || body.isBlank()) {
            problems.add(EventFields.BODY, EventRule.REQUIRED, "le texte de l'évènement est vide");
        } else if (RAW_HTML.matcher(body).find()) {
            problems.add(
                    EventFields.BODY,
                    EventRule.HTML,
                    "le texte s'écrit en Markdown, sans balise HTML (« < » suivi d'une lettre)");
        }
        Neighbourhood neighbourhood = neighbourhood(values, problems);
        ZonedDateTime start = dateTime(values, EventFields.START, true, problems);
        ZonedDateTime end = dateTime(values, EventFields.END, true, problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(EventFields.END, EventRule.END_BEFORE_START, "la fin doit suivre le début");
        }
        EventStatus status = status(values, problems);
        ZonedDateTime previousStart = dateTime(values, EventFields.PREVIOUS_START, false, problems);
        if ((status == EventStatus.RESCHEDULED) != (previousStart != null)) {
            problems.add(
                    EventFields.PREVIOUS_START,
                    EventRule.PREVIOUS_START,
                    "« previousStart » (l'ancienne date) va avec eventStatus=rescheduled, et seulement avec lui");
        }
        Integer capacity = positive(values, EventFields.CAPACITY, "nombre de places", problems);
        Integer perRegistration =
                positive(values, EventFields.PLACES_PER_REGISTRATION, "nombre de places par inscription", problems);
        String registration = values.get(EventFields.REGISTRATION);
        if (perRegistration != null && registration == null) {
            problems.add(
                    EventFields.PLACES_PER_REGISTRATION,
                    EventRule.NEEDS_REGISTRATION,
                    "des places par inscription demandent une inscription");
        }
        if (perRegistration != null && capacity != null && perRegistration > capacity) {
            problems.add(
                    EventFields.PLACES_PER_REGISTRATION,
                    EventRule.MORE_THAN_CAPACITY,
                    "plus de places par inscription que de places (" + capacity + ")",
                    capacity);
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
                values.get(EventFields.STATUS_NOTE),
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

    /** A text within its length, on one line unless it is the body (a header value always is). */
    private static void checkText(String field, String value, FieldProblems problems) {
        if (value == null) {
            return;
        }
        int max = MAX_LENGTHS.get(field);
        if (value.codePointCount(0, value.length()) > max) {
            problems.add(field, EventRule.TOO_LONG, max + " caractères au plus", max);
        } else if (!field.equals(EventFields.BODY) && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            problems.add(field, EventRule.ONE_LINE, "une seule ligne");
        }
    }

    private static String required(Values values, String field, String message, FieldProblems problems) {
        String value = values.get(field);
        if (value == null) {
            problems.add(field, EventRule.REQUIRED, message);
        }
        return value;
    }

    private Neighbourhood neighbourhood(Values values, FieldProblems problems) {
        String id = values.get(EventFields.NEIGHBOURHOOD);
        Optional<Neighbourhood> found = data.neighbourhoods().stream()
                .filter(hood -> hood.id().equals(id))
                .findFirst();
        if (found.isEmpty()) {
            problems.add(
                    EventFields.NEIGHBOURHOOD,
                    EventRule.UNKNOWN_NEIGHBOURHOOD,
                    "quartier inconnu de counters.yaml : " + id);
        }
        return found.orElse(null);
    }

    /**
     * A local date and time in the site's zone. A time the clocks skip (the last Sunday of March, 02:00 to 03:00 in
     * Paris) is refused rather than moved; a time they go through twice (the last Sunday of October, 02:00 to 03:00)
     * is the first of the two, in summer time.
     */
    private ZonedDateTime dateTime(Values values, String field, boolean required, FieldProblems problems) {
        String value = values.get(field);
        if (value == null) {
            if (required) {
                problems.add(
                        field,
                        EventRule.REQUIRED,
                        "« " + field + " » est obligatoire (AAAA-MM-JJTHH:MM, heure de " + zone + ")");
            }
            return null;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(value);
        } catch (DateTimeParseException invalid) {
            problems.add(
                    field, EventRule.DATE_TIME, "date et heure attendues sous la forme AAAA-MM-JJTHH:MM : " + value);
            return null;
        }
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            problems.add(
                    field,
                    EventRule.NO_SUCH_TIME,
                    "cette heure n'existe pas ce jour-là à " + zone + " (passage à l'heure d'été) : " + value);
            return null;
        }
        return local.atZone(zone);
    }

    private static EventStatus status(Values values, FieldProblems problems) {
        String value = values.get(EventFields.STATUS);
        if (value == null) {
            return EventStatus.SCHEDULED;
        }
        return EventStatus.fromHeader(value).orElseGet(() -> {
            problems.add(
                    EventFields.STATUS,
                    EventRule.UNKNOWN_STATUS,
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
            problems.add(field, EventRule.POSITIVE, what + " attendu (entier positif) : " + value);
            return null;
        }
        return number;
    }

    private static Integer nonNegative(Values values, String field, FieldProblems problems) {
        String value = values.get(field);
        Integer number = integer(value);
        if (number == null || number < 0) {
            problems.add(
                    field,
                    EventRule.SEQUENCE,
                    "numéro de version du calendrier attendu (entier, 0 ou plus) : " + value);
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
                problems.add(disability.headerKey(), EventRule.YES_NO, "valeur attendue : yes ou no");
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
                        EventRule.NO_COUNTER,
                        "le quartier " + neighbourhood.id()
                                + " n'a pas de comptoir : donnez placeName=… et placeAddress=rue, 51100 Ville");
            }
            // A name alone renames the counter's place (the pavement in front of it, its garden).
            return name == null ? null : new ProgrammeEvent.CustomPlace(name, null);
        }
        Matcher matcher = ADDRESS.matcher(address);
        if (name == null) {
            problems.add(
                    EventFields.PLACE_NAME,
                    EventRule.REQUIRED,
                    "un lieu à une adresse a un nom : placeName=… avec placeAddress=rue, 51100 Ville");
        }
        if (!matcher.matches()) {
            problems.add(
                    EventFields.PLACE_ADDRESS, EventRule.ADDRESS, "adresse attendue : placeAddress=rue, 51100 Ville");
        }
        if (name == null || !matcher.matches()) {
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
            problems.add(EventFields.PARTNER, EventRule.UNKNOWN_PARTNER, "partenaire inconnu de catalog.yaml : " + id);
        }
        return id;
    }
}
